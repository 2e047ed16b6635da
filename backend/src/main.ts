import { Logger } from '@nestjs/common';

import { AppConfig, ConfigError } from './core/config/app-config';
import { createApp } from './create-app';

/** The API process (and, unless RUN_WORKERS=false, the job workers). */
async function main() {
  const config = AppConfig.fromEnv();
  const app = await createApp(config);
  await app.listen(config.port, '0.0.0.0');
  new Logger('Main').log(
    `Mentormarkedet ${config.version} listening on ${config.publicUrl} — database: ${config.databaseDriver}, queue: ${config.queueDriver}, mail: ${config.mailDriver}, workers: ${config.runWorkers ? 'in this process' : 'separate'}. API docs: ${config.publicUrl}/api/docs`,
  );
}

main().catch((err: Error) => {
  console.error(err instanceof ConfigError ? err.message : `Could not start: ${err.stack ?? err.message}`);
  process.exit(1);
});
