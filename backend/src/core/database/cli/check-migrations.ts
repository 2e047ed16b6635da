import 'reflect-metadata';

import { AppConfig } from '../../config/app-config';
import { createDataSource } from '../data-source';
import { pendingSchemaChanges } from './schema-diff';

/**
 * Fails when an entity changed without a migration: runs every migration on a fresh database
 * and asks TypeORM what is still missing. On in-memory PGlite; the integration suite repeats the check on PostgreSQL.
 */
async function main() {
  const config = AppConfig.fromEnv({ DATA_DIR: 'memory://', SECRET_KEY: 'x'.repeat(32), NODE_ENV: 'development' });
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  const { up } = await pendingSchemaChanges(dataSource);
  await dataSource.destroy();
  if (up.length) {
    console.error(`The entities changed without a migration. Run \`npm run migration:generate -- <name>\`. Missing:\n${up.join(';\n')}`);
    process.exit(1);
  }
  console.log(`Migrations match the entities (${dataSource.migrations.length} migrations).`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
