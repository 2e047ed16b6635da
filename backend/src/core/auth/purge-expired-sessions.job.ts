import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';

import { JobName, JobPayloads } from '../queue/job-catalogue';
import { JobHandler } from '../queue/job-handler.decorator';
import { QueueService } from '../queue/queue.service';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';

/** Daily clean-up of ended sessions and reset links, so those tables stay small. */
@Injectable()
@JobHandler(JobName.PurgeExpiredSessions)
export class PurgeExpiredSessionsJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(PurgeExpiredSessionsJob.name);

  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
    private readonly queue: QueueService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.repeat(JobName.PurgeExpiredSessions, {}, { key: 'purge-expired-sessions', pattern: '17 3 * * *' });
  }

  async handle(_payload: JobPayloads[JobName.PurgeExpiredSessions]): Promise<void> {
    const removed = await this.auth.purgeExpiredSessions();
    if (removed) this.logger.log(`Removed ${removed} ended sessions.`);
    const resets = await this.passwords.purgeEnded();
    if (resets) this.logger.log(`Removed ${resets} used or expired password reset links.`);
  }
}
