import { randomUUID } from 'node:crypto';

import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

import { TEST_REDIS_URL } from '../../../../test/test-drivers';
import { AppConfig } from '../../config/app-config';
import { BullmqQueueDriver, bullmqQueueName } from '../bullmq-queue.driver';
import { JOB_DEFINITIONS, JobDefinitions, JobName, JobPayloads } from '../job-catalogue';
import { JobContext, JobHandlerFn, PermanentJobError } from '../queue-driver';

// Against a real Redis; runs in the TEST_DRIVERS=services pass only.
const d = process.env.TEST_DRIVERS === 'services' ? describe : describe.skip;
const REDIS_URL = TEST_REDIS_URL;

const TEST_DEFINITIONS: JobDefinitions = {
  ...JOB_DEFINITIONS,
  [JobName.SendMail]: { ...JOB_DEFINITIONS[JobName.SendMail], attempts: 3, backoff: { type: 'fixed', delayMs: 50 } },
  [JobName.PurgeExpiredSessions]: { ...JOB_DEFINITIONS[JobName.PurgeExpiredSessions], attempts: 1 },
};

type MailBehaviour = (ctx: JobContext) => Promise<void>;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}

d('BullmqQueueDriver (real Redis)', () => {
  const prefix = `test-${randomUUID().slice(0, 8)}`;
  const config = AppConfig.forTest({ REDIS_URL, QUEUE_PREFIX: prefix, DATA_DIR: '/tmp/mm-test' });
  /** Each test uses its own mailIds; the one SendMail handler looks up what to do by id. */
  const behaviours = new Map<string, MailBehaviour>();
  const mailRuns: { mailId: string; attempt: number; jobId: string; at: number }[] = [];
  let purges = 0;
  let driver: BullmqQueueDriver;
  let inspect: Queue;

  const runsOf = (mailId: string) => mailRuns.filter((run) => run.mailId === mailId);

  beforeAll(async () => {
    Logger.overrideLogger(false);
    driver = new BullmqQueueDriver(config, { definitions: TEST_DEFINITIONS });
    const sendMail = async (payload: JobPayloads[JobName.SendMail], ctx: JobContext) => {
      mailRuns.push({ mailId: payload.mailId, attempt: ctx.attempt, jobId: ctx.jobId, at: Date.now() });
      await ctx.reportProgress(50);
      await behaviours.get(payload.mailId)?.(ctx);
    };
    await driver.startWorkers(
      new Map<JobName, JobHandlerFn<JobName>>([
        [JobName.SendMail, sendMail as JobHandlerFn<JobName>],
        [
          JobName.PurgeExpiredSessions,
          async () => {
            purges += 1;
          },
        ],
      ]),
    );
    inspect = new Queue(bullmqQueueName(JobName.SendMail), { connection: { url: REDIS_URL }, prefix });
  });

  afterAll(async () => {
    await driver?.close();
    await inspect?.close();
    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
    } finally {
      await redis.quit();
    }
  });

  it('runs an enqueued job with attempt 1', async () => {
    await driver.enqueue(JobName.SendMail, { mailId: 'immediate' });
    await waitFor('the job', () => runsOf('immediate').length === 1);
    expect(runsOf('immediate')[0].attempt).toBe(1);
    expect(await driver.isReachable()).toBe(true);
  });

  it('runs many jobs added in bulk, a repeated id once, and a finished id again', async () => {
    await driver.enqueueMany(JobName.SendMail, [{ payload: { mailId: 'bulk-1' }, jobId: 'bulk-1' }, { payload: { mailId: 'bulk-1' }, jobId: 'bulk-1' }, { payload: { mailId: 'bulk-2' } }]);
    await waitFor('the bulk jobs', () => runsOf('bulk-1').length === 1 && runsOf('bulk-2').length === 1);
    await sleep(200);
    expect(runsOf('bulk-1')).toHaveLength(1);
    await driver.enqueueMany(JobName.SendMail, [{ payload: { mailId: 'bulk-1' }, jobId: 'bulk-1' }]);
    await waitFor('the finished id to run again', () => runsOf('bulk-1').length === 2);
  });

  it('runs a delayed job not before its delay', async () => {
    const start = Date.now();
    await driver.enqueue(JobName.SendMail, { mailId: 'delayed' }, { delayMs: 600 });
    await sleep(300);
    expect(runsOf('delayed')).toEqual([]);
    await waitFor('the delayed job', () => runsOf('delayed').length === 1);
    expect(runsOf('delayed')[0].at - start).toBeGreaterThanOrEqual(600);
  });

  it('retries with the catalogue backoff until the job succeeds', async () => {
    behaviours.set('flaky', async (ctx) => {
      if (ctx.attempt < 3) throw new Error('smtp down');
    });
    await driver.enqueue(JobName.SendMail, { mailId: 'flaky' }, { jobId: 'mail.flaky' });
    await waitFor('the job to complete', async () => (await inspect.getJobState('mail.flaky')) === 'completed');
    expect(runsOf('flaky').map((run) => run.attempt)).toEqual([1, 2, 3]);
    expect(runsOf('flaky').every((run) => run.jobId === 'mail.flaky')).toBe(true);
    expect((await inspect.getJob('mail.flaky'))?.progress).toBe(50);
  });

  it('fails a job that throws PermanentJobError without retrying', async () => {
    behaviours.set('gone', async () => {
      throw new PermanentJobError('mail was deleted');
    });
    await driver.enqueue(JobName.SendMail, { mailId: 'gone' }, { jobId: 'mail.gone' });
    await waitFor('the job to fail', async () => (await inspect.getJobState('mail.gone')) === 'failed');
    await sleep(200); // longer than the backoff: a retry would have started
    expect(runsOf('gone')).toHaveLength(1);
    expect((await inspect.getJob('mail.gone'))?.failedReason).toBe('mail was deleted');
  });

  it('runs a job id enqueued twice while waiting once, and again after it finished', async () => {
    await driver.enqueue(JobName.SendMail, { mailId: 'dedupe' }, { jobId: 'mail.dedupe', delayMs: 200 });
    await driver.enqueue(JobName.SendMail, { mailId: 'dedupe' }, { jobId: 'mail.dedupe', delayMs: 200 });
    await waitFor('the job to complete', async () => (await inspect.getJobState('mail.dedupe')) === 'completed');
    await sleep(300);
    expect(runsOf('dedupe')).toHaveLength(1);
    await driver.enqueue(JobName.SendMail, { mailId: 'dedupe' }, { jobId: 'mail.dedupe' });
    await waitFor('the second run', () => runsOf('dedupe').length === 2);
  });

  it('cancels a delayed job', async () => {
    await driver.enqueue(JobName.SendMail, { mailId: 'cancelled' }, { jobId: 'deadline.1', delayMs: 400 });
    expect(await driver.cancel(JobName.SendMail, 'deadline.1')).toBe(true);
    expect(await driver.cancel(JobName.SendMail, 'deadline.1')).toBe(false);
    expect(await driver.cancel(JobName.SendMail, 'no-such-job')).toBe(false);
    await sleep(600);
    expect(runsOf('cancelled')).toEqual([]);
  });

  it('rejects a job id with ":" with a clear error', async () => {
    await expect(driver.enqueue(JobName.SendMail, { mailId: 'x' }, { jobId: 'tender:1' })).rejects.toThrow(/no ':'/);
  });

  it('upserts a repeat by key: one scheduler that keeps running', async () => {
    await driver.repeat(JobName.PurgeExpiredSessions, {}, { key: 'purge', every: 250 });
    await driver.repeat(JobName.PurgeExpiredSessions, {}, { key: 'purge', every: 250 });
    const purgeQueue = new Queue(bullmqQueueName(JobName.PurgeExpiredSessions), { connection: { url: REDIS_URL }, prefix });
    try {
      expect(await purgeQueue.getJobSchedulersCount()).toBe(1);
      await waitFor('three runs', () => purges >= 3);
      await driver.repeat(JobName.PurgeExpiredSessions, {}, { key: 'purge', pattern: '0 3 * * *' });
      const schedulers = await purgeQueue.getJobSchedulers();
      expect(schedulers).toHaveLength(1);
      expect(schedulers[0]).toMatchObject({ key: 'purge', pattern: '0 3 * * *', tz: 'UTC' });
    } finally {
      await purgeQueue.close();
    }
  });

  it('reports an unreachable Redis as unreachable, quickly', async () => {
    const unreachable = new BullmqQueueDriver(AppConfig.forTest({ REDIS_URL: 'redis://127.0.0.1:1', QUEUE_PREFIX: prefix, DATA_DIR: '/tmp/mm-test' }));
    try {
      const start = Date.now();
      expect(await unreachable.isReachable()).toBe(false);
      expect(Date.now() - start).toBeLessThan(2000);
    } finally {
      await unreachable.close();
    }
  });
});
