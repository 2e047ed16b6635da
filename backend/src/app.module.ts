import { DynamicModule, Module } from '@nestjs/common';

import { AuditModule } from './core/audit/audit.module';
import { AuthModule } from './core/auth/auth.module';
import { AppConfig } from './core/config/app-config';
import { ConfigModule } from './core/config/config.module';
import { CryptoModule } from './core/crypto/crypto.module';
import { DatabaseModule } from './core/database/database.module';
import { SeedService } from './core/database/seed/seed.service';
import { MailModule } from './core/mail/mail.module';
import { QueueModule } from './core/queue/queue.module';
import { CasesModule } from './modules/cases/cases.module';
import { HealthModule } from './modules/health/health.module';
import { InsightsModule } from './modules/insights/insights.module';
import { ReferenceModule } from './modules/reference/reference.module';
import { ReportsModule } from './modules/reports/reports.module';
import { TendersModule } from './modules/tenders/tenders.module';
import { SuppliersModule } from './modules/suppliers/suppliers.module';
import { UsersModule } from './modules/users/users.module';

/** The whole application; the API process and the worker process both start it. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CryptoModule,
        DatabaseModule,
        QueueModule,
        AuditModule,
        MailModule,
        AuthModule,
        ReferenceModule,
        UsersModule,
        SuppliersModule,
        TendersModule,
        CasesModule,
        ReportsModule,
        InsightsModule,
        HealthModule,
      ],
      providers: [SeedService],
    };
  }
}
