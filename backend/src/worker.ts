import 'reflect-metadata';

import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { AppModule } from './app.module';
import { AppConfig, ConfigError } from './core/config/app-config';

/**
 * The worker process for the BullMQ mode: the application without HTTP, running the job
 * handlers. Start the API with RUN_WORKERS=false and as many of these as the load needs.
 */
async function main() {
  const env = AppConfig.fromEnv();
  if (env.queueDriver !== 'bullmq') {
    throw new Error('`npm run worker` needs REDIS_URL: without it, jobs run inside the API process (npm start) and a separate worker has nothing to do.');
  }
  const config = AppConfig.fromEnv(undefined, { RUN_WORKERS: 'true', SEED_DEMO_DATA: 'false' });
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config));
  app.enableShutdownHooks();
  new Logger('Worker').log(`Worker running — database: ${config.databaseDriver}, queue: ${config.queueDriver} (${config.redisUrl ? new URL(config.redisUrl).host : ''}).`);
}

main().catch((err: Error) => {
  console.error(err instanceof ConfigError ? err.message : `Could not start the worker: ${err.message}`);
  process.exit(1);
});
