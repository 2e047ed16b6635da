import { Injectable, Logger, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { AppConfig } from '../../config/app-config';
import { ConfigModule } from '../../config/config.module';
import { ALL_JOB_NAMES, JobName, JobPayloads } from '../job-catalogue';
import { JobHandler } from '../job-handler.decorator';
import { JobContext } from '../queue-driver';
import { QueueModule } from '../queue.module';
import { QueueService } from '../queue.service';

const received: unknown[] = [];

@Injectable()
@JobHandler(JobName.SendMail)
class SendMailJob {
  async handle(payload: JobPayloads[JobName.SendMail], ctx: JobContext): Promise<void> {
    received.push({ job: 'mail', payload, attempt: ctx.attempt });
  }
}

@Injectable()
class SessionsService {
  @JobHandler(JobName.PurgeExpiredSessions)
  async purge(): Promise<void> {
    received.push({ job: 'purge' });
  }
}

@Injectable()
@JobHandler(JobName.SendMail)
class SecondSendMailJob {
  async handle(): Promise<void> {
    received.push({ job: 'second' });
  }
}

// Compile-time checks (tsc -p backend/tsconfig.spec.json): a handler must fit its job's payload.
@Injectable()
// @ts-expect-error handle() takes another job's payload
@JobHandler(JobName.SendMail)
class _WrongPayloadJob {
  async handle(_payload: { tenderId: number }): Promise<void> {}
}
@Injectable()
class _WrongMethod {
  // @ts-expect-error the method does not return a promise
  @JobHandler(JobName.PurgeExpiredSessions)
  purge(): void {}
}

/** Handlers for the rest of the catalogue, so these tests hold as jobs are added. */
const REST_OF_CATALOGUE: Type[] = ALL_JOB_NAMES.filter((n) => n !== JobName.SendMail && n !== JobName.PurgeExpiredSessions).map((name) => {
  @Injectable()
  @JobHandler(name)
  class OtherJob {
    async handle(): Promise<void> {}
  }
  Object.defineProperty(OtherJob, 'name', { value: `${name}-job` });
  return OtherJob;
});

function appWith(own: Type[], env: Record<string, string> = {}) {
  const providers = [...own, ...REST_OF_CATALOGUE];
  @Module({ imports: [ConfigModule.forRoot(AppConfig.forTest({ DATA_DIR: '/tmp/mm-test', ...env })), QueueModule], providers })
  class TestAppModule {}
  return NestFactory.createApplicationContext(TestAppModule, { logger: false, abortOnError: false });
}

describe('QueueModule', () => {
  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => {
    received.length = 0;
  });

  it('finds class and method handlers in any module and runs jobs through QueueService', async () => {
    const app = await appWith([SendMailJob, SessionsService]);
    try {
      const queue = app.get(QueueService);
      expect(queue.driverName).toBe('inline');
      await queue.enqueue(JobName.SendMail, { mailId: 'm1' });
      await queue.enqueue(JobName.PurgeExpiredSessions, {});
      await queue.drain();
      expect(received).toEqual([{ job: 'mail', payload: { mailId: 'm1' }, attempt: 1 }, { job: 'purge' }]);
    } finally {
      await app.close();
    }
  });

  it('stops the boot naming a job without a handler', async () => {
    await expect(appWith([SendMailJob])).rejects.toThrow(/Job auth\.purge-expired-sessions has no handler/);
  });

  it('stops the boot naming a job with two handlers', async () => {
    await expect(appWith([SendMailJob, SecondSendMailJob, SessionsService])).rejects.toThrow(
      /Job mail\.send has 2 handlers \((SendMailJob\.handle, SecondSendMailJob\.handle|SecondSendMailJob\.handle, SendMailJob\.handle)\)/,
    );
  });

  it('does not run jobs when RUN_WORKERS=false', async () => {
    const app = await appWith([SendMailJob, SessionsService], { RUN_WORKERS: 'false' });
    try {
      const queue = app.get(QueueService);
      await queue.enqueue(JobName.SendMail, { mailId: 'm1' });
      await expect(queue.drain()).rejects.toThrow(/startWorkers/);
      expect(received).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
