import { join } from 'node:path';

import { DataSource, DataSourceOptions } from 'typeorm';

import { AppConfig } from '../config/app-config';
import { AfterCommitSubscriber } from './after-commit';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { pgliteDriverModule } from './pglite-pool';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The TypeORM options for the configured database: PostgreSQL through `pg` when DATABASE_URL is
 * set, otherwise PostgreSQL in-process (PGlite) stored under DATA_DIR. The schema comes from
 * migrations only; `synchronize` is never on.
 */
export function dataSourceOptions(config: AppConfig): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    subscribers: [AfterCommitSubscriber],
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each' as const,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL since 13; no extension to install (PGlite has none).
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    logging: config.logLevel === 'verbose' ? ('all' as const) : (['error', 'warn', 'migration'] as ('error' | 'warn' | 'migration')[]),
  };
  if (config.databaseUrl) {
    return { ...common, url: config.databaseUrl, extra: { max: 10, connectionTimeoutMillis: 5000 } };
  }
  return { ...common, driver: pgliteDriverModule(pgliteDataDir(config)) };
}

/** Where the embedded database lives; `DATA_DIR=memory://` keeps it in memory (tests). */
export function pgliteDataDir(config: AppConfig): string {
  return config.dataDir === 'memory://' ? 'memory://' : join(config.dataDir, 'pglite');
}

export function createDataSource(config: AppConfig): DataSource {
  return new DataSource(dataSourceOptions(config));
}
