import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { UserEntity } from '../../../modules/users/entities/user.entity';
import { AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import { RequestContext } from '../../context/request-context';
import { FieldCipher } from '../../crypto/field-cipher';
import { KeyService } from '../../crypto/key.service';
import { seedDemoData } from './demo-data.seeder';
import { seedReferenceData } from './reference-data.seeder';

/** Runs after the migrations: reference data always, the demo marketplace into an empty database. */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly keys: KeyService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.run();
  }

  async run(): Promise<void> {
    await RequestContext.runAsSystem(() =>
      this.dataSource.transaction(async (manager) => {
        await seedReferenceData(manager);
        if (!this.config.seedDemoData) return;
        // An advisory lock keeps two processes starting at once from seeding twice.
        await manager.query('SELECT pg_advisory_xact_lock(4711)');
        if ((await manager.count(UserEntity)) > 0) return;
        const started = Date.now();
        await seedDemoData(manager, { cipher: this.cipher, keys: this.keys });
        await this.audit.record(manager, { action: 'seed.demo_data', entityType: 'platform', details: {} });
        this.logger.log(`Loaded the demo marketplace in ${Date.now() - started} ms (demo accounts: see README, password mentor-demo-2026).`);
      }),
    );
  }
}
