import { Global, Module } from '@nestjs/common';

import { AppConfig } from './app-config';

/** Provides the one validated AppConfig; boot code may pass its own (tests do). */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig = AppConfig.fromEnv()) {
    return { module: ConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}
