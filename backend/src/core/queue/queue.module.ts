import { BeforeApplicationShutdown, Global, Inject, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

import { AppConfig } from '../config/app-config';
import { BullmqQueueDriver } from './bullmq-queue.driver';
import { InlineQueueDriver } from './inline-queue.driver';
import { JobHandlerExplorer } from './job-handler.explorer';
import { QUEUE_DRIVER, QueueDriver } from './queue-driver';
import { QueueService } from './queue.service';

const logger = new Logger('QueueModule');

export function createQueueDriver(config: AppConfig): QueueDriver {
  const driver = config.queueDriver;
  switch (driver) {
    case 'bullmq':
      logger.log(`Queue driver: bullmq (key prefix "${config.queuePrefix}", workers ${config.runWorkers ? 'in this process' : 'elsewhere'})`);
      return new BullmqQueueDriver(config);
    case 'inline':
      logger.log('Queue driver: inline (in-process; jobs are kept in memory)');
      if (!config.runWorkers) logger.warn('RUN_WORKERS=false with the inline queue: no process will run the jobs. Set REDIS_URL to run workers elsewhere.');
      if (config.isProduction) logger.warn('The inline queue in production loses waiting jobs on restart; set REDIS_URL for BullMQ.');
      return new InlineQueueDriver();
    default:
      // An unknown driver stops the boot: a silent fallback would hide a misconfiguration.
      throw new Error(`Unknown queue driver ${JSON.stringify(driver satisfies never)}.`);
  }
}

/**
 * The job queue: `QueueService` for everyone, the driver chosen from config, and at boot the
 * check that every job in the catalogue has exactly one `@JobHandler`.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  providers: [{ provide: QUEUE_DRIVER, inject: [AppConfig], useFactory: createQueueDriver }, QueueService, JobHandlerExplorer],
  exports: [QUEUE_DRIVER, QueueService],
})
export class QueueModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly config: AppConfig,
    @Inject(QUEUE_DRIVER) private readonly driver: QueueDriver,
    private readonly explorer: JobHandlerExplorer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { handlers, problems } = this.explorer.explore();
    if (problems.length) throw new Error(`Job handlers do not match the job catalogue:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    if (!this.config.runWorkers) return;
    await this.driver.startWorkers(handlers);
    logger.log(`Queue workers started for ${handlers.size} job(s)`);
  }

  /**
   * Before, not on, application shutdown: running jobs get to finish while the database and
   * other modules closed in onApplicationShutdown are still there.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.driver.close();
  }
}
