import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AppConfig } from '../config/app-config';
import { TenantScope } from '../context/tenant-scope';
import { dataSourceOptions } from './data-source';

/** The database connection; migrations run at start, before anything else touches the schema. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config),
        migrationsRun: true,
        // A server may still be starting; the embedded database either opens or never will.
        retryAttempts: config.databaseDriver === 'postgres' ? 5 : 0,
        retryDelay: 2000,
      }),
    }),
  ],
  providers: [TenantScope],
  exports: [TenantScope],
})
export class DatabaseModule {}
