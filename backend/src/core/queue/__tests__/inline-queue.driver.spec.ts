import { Logger, LoggerService } from '@nestjs/common';

import { checkHandlers } from '../check-handlers.util';
import { backoffDelayMs, InlineQueueDriver } from '../inline-queue.driver';
import { ALL_JOB_NAMES, JOB_DEFINITIONS, JobDefinitions, JobName, JobPayloads } from '../job-catalogue';
import { JobContext, JobHandlerFn, PermanentJobError } from '../queue-driver';

type MailPayload = JobPayloads[JobName.SendMail];

/** Short backoffs so retries take milliseconds. */
const TEST_DEFINITIONS: JobDefinitions = {
  ...JOB_DEFINITIONS,
  [JobName.SendMail]: { ...JOB_DEFINITIONS[JobName.SendMail], attempts: 3, backoff: { type: 'fixed', delayMs: 10 } },
  [JobName.PurgeExpiredSessions]: { ...JOB_DEFINITIONS[JobName.PurgeExpiredSessions], attempts: 2, backoff: { type: 'fixed', delayMs: 10 } },
};

class CapturingLogger implements LoggerService {
  readonly lines: string[] = [];
  log(message: unknown): void {
    this.lines.push(String(message));
  }
  error(message: unknown): void {
    this.lines.push(String(message));
  }
  warn(message: unknown): void {
    this.lines.push(String(message));
  }
}

function handlersFor(mail: (payload: MailPayload, ctx: JobContext) => Promise<void>, purge: () => Promise<void> = async () => undefined) {
  return new Map<JobName, JobHandlerFn<JobName>>([
    [JobName.SendMail, mail as JobHandlerFn<JobName>],
    [JobName.PurgeExpiredSessions, purge],
  ]);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('InlineQueueDriver', () => {
  let logger: CapturingLogger;
  let driver: InlineQueueDriver;
  let runs: { mailId: string; attempt: number; jobId: string }[];

  beforeEach(() => {
    logger = new CapturingLogger();
    Logger.overrideLogger(logger);
    driver = new InlineQueueDriver({ definitions: TEST_DEFINITIONS });
    runs = [];
  });
  afterEach(async () => {
    jest.useRealTimers();
    await driver.close();
  });

  const recordingHandlers = (behaviour: (payload: MailPayload, ctx: JobContext) => Promise<void> = async () => undefined) =>
    handlersFor(async (payload, ctx) => {
      runs.push({ mailId: payload.mailId, attempt: ctx.attempt, jobId: ctx.jobId });
      await behaviour(payload, ctx);
    });

  it('runs an enqueued job with its payload, attempt 1', async () => {
    await driver.startWorkers(recordingHandlers());
    await driver.enqueue(JobName.SendMail, { mailId: 'm1' });
    await driver.drain();
    expect(runs).toEqual([{ mailId: 'm1', attempt: 1, jobId: expect.any(String) }]);
  });

  it('runs many jobs enqueued at once, a repeated id once', async () => {
    await driver.startWorkers(recordingHandlers());
    await driver.enqueueMany(JobName.SendMail, [{ payload: { mailId: 'a' }, jobId: 'mail-a' }, { payload: { mailId: 'a' }, jobId: 'mail-a' }, { payload: { mailId: 'b' } }]);
    await driver.drain();
    expect(runs.map((r) => r.mailId).sort()).toEqual(['a', 'b']);
  });

  it('keeps jobs enqueued before startWorkers until the workers start', async () => {
    await driver.enqueue(JobName.SendMail, { mailId: 'early' });
    await sleep(20);
    expect(runs).toEqual([]);
    await driver.startWorkers(recordingHandlers());
    await driver.drain();
    expect(runs.map((r) => r.mailId)).toEqual(['early']);
  });

  it('runs a delayed job not before its delay', async () => {
    jest.useFakeTimers({ now: new Date('2030-01-01T12:00:00Z') });
    await driver.startWorkers(recordingHandlers());
    await driver.enqueue(JobName.SendMail, { mailId: 'later' }, { delayMs: 500 });
    await jest.advanceTimersByTimeAsync(499);
    expect(runs).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(runs.map((r) => r.mailId)).toEqual(['later']);
  });

  it('retries with the catalogue backoff until the job succeeds', async () => {
    await driver.startWorkers(recordingHandlers(async (_p, ctx) => {
      if (ctx.attempt < 3) throw new Error('smtp down');
    }));
    const started = Date.now();
    await driver.enqueue(JobName.SendMail, { mailId: 'flaky' }, { jobId: 'mail.flaky' });
    await driver.drain();
    expect(runs.map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(runs.every((r) => r.jobId === 'mail.flaky')).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 10 - 2);
    // After success the id is free again: a new job, so attempts count from 1.
    await driver.enqueue(JobName.SendMail, { mailId: 'flaky' }, { jobId: 'mail.flaky' });
    await driver.drain();
    expect(runs.map((r) => r.attempt)).toEqual([1, 2, 3, 1, 2, 3]);
  });

  it('gives up after the catalogue attempts and logs name, id, attempt and message, never the payload', async () => {
    await driver.startWorkers(recordingHandlers(async () => {
      throw new Error('smtp down');
    }));
    await driver.enqueue(JobName.SendMail, { mailId: 'secret-id-42' }, { jobId: 'mail.doomed' });
    await driver.drain();
    expect(runs.map((r) => r.attempt)).toEqual([1, 2, 3]);
    const failures = logger.lines.filter((line) => line.includes('mail.doomed'));
    expect(failures).toEqual([
      'Job mail.send mail.doomed attempt 1/3 failed (retrying in 10 ms): smtp down',
      'Job mail.send mail.doomed attempt 2/3 failed (retrying in 10 ms): smtp down',
      'Job mail.send mail.doomed attempt 3/3 failed (no attempts left): smtp down',
    ]);
    expect(logger.lines.join('\n')).not.toContain('secret-id-42');
  });

  it('runs a job that throws PermanentJobError once', async () => {
    await driver.startWorkers(recordingHandlers(async () => {
      throw new PermanentJobError('mail was deleted');
    }));
    await driver.enqueue(JobName.SendMail, { mailId: 'gone' });
    await driver.drain();
    await sleep(30);
    expect(runs).toHaveLength(1);
    expect(logger.lines.some((line) => line.includes('permanent, not retried'))).toBe(true);
  });

  it('runs a job id enqueued twice while waiting once, and a delayed one likewise', async () => {
    await driver.enqueue(JobName.SendMail, { mailId: 'first' }, { jobId: 'mail.same' });
    await driver.enqueue(JobName.SendMail, { mailId: 'second' }, { jobId: 'mail.same' });
    await driver.enqueue(JobName.SendMail, { mailId: 'd1' }, { jobId: 'mail.delayed', delayMs: 20 });
    await driver.enqueue(JobName.SendMail, { mailId: 'd2' }, { jobId: 'mail.delayed', delayMs: 20 });
    // The same id under another job name is another job.
    await driver.enqueue(JobName.PurgeExpiredSessions, {}, { jobId: 'mail.same' });
    let purges = 0;
    await driver.startWorkers(handlersFor(
      async (payload, ctx) => {
        runs.push({ mailId: payload.mailId, attempt: ctx.attempt, jobId: ctx.jobId });
      },
      async () => {
        purges += 1;
      },
    ));
    await sleep(40);
    await driver.drain();
    expect(runs.map((r) => r.mailId).sort()).toEqual(['d1', 'first']);
    expect(purges).toBe(1);
  });

  it('cancels a delayed job, and not a running or unknown one', async () => {
    let release!: () => void;
    const blocked = new Promise<void>((resolve) => (release = resolve));
    await driver.startWorkers(recordingHandlers(async (payload) => {
      if (payload.mailId === 'running') await blocked;
    }));
    await driver.enqueue(JobName.SendMail, { mailId: 'deadline' }, { jobId: 'deadline.1', delayMs: 30 });
    await driver.enqueue(JobName.SendMail, { mailId: 'running' }, { jobId: 'running.1' });
    expect(await driver.cancel(JobName.SendMail, 'deadline.1')).toBe(true);
    expect(await driver.cancel(JobName.SendMail, 'deadline.1')).toBe(false);
    expect(await driver.cancel(JobName.SendMail, 'running.1')).toBe(false);
    release();
    await sleep(50);
    await driver.drain();
    expect(runs.map((r) => r.mailId)).toEqual(['running']);
    // A cancelled id is free: the moved deadline can be enqueued again.
    await driver.enqueue(JobName.SendMail, { mailId: 'deadline' }, { jobId: 'deadline.1' });
    await driver.drain();
    expect(runs.map((r) => r.mailId)).toEqual(['running', 'deadline']);
  });

  it('rejects job ids that BullMQ would reject', async () => {
    await expect(driver.enqueue(JobName.SendMail, { mailId: 'x' }, { jobId: 'tender:1' })).rejects.toThrow(/no ':'/);
    await expect(driver.enqueue(JobName.SendMail, { mailId: 'x' }, { jobId: '123' })).rejects.toThrow(/digits only/);
    await expect(driver.enqueue(JobName.SendMail, { mailId: 'x' }, { delayMs: -1 })).rejects.toThrow(/delayMs/);
    await expect(driver.repeat(JobName.PurgeExpiredSessions, {}, { key: 'both', every: 10, pattern: '* * * * *' })).rejects.toThrow(/exactly one/);
    await expect(driver.repeat(JobName.PurgeExpiredSessions, {}, { key: 'bad', pattern: 'every day' })).rejects.toThrow(/Invalid cron pattern/);
  });

  it('runs at most `concurrency` jobs at once', async () => {
    let active = 0;
    let peak = 0;
    await driver.startWorkers(recordingHandlers(async () => {
      active += 1;
      peak = Math.max(peak, active);
      await sleep(5);
      active -= 1;
    }));
    for (let i = 0; i < 10; i++) await driver.enqueue(JobName.SendMail, { mailId: `m${i}` });
    await driver.drain();
    expect(runs).toHaveLength(10);
    expect(peak).toBe(4);
  });

  it('repeats every N ms, and a second repeat with the same key does not double it', async () => {
    jest.useFakeTimers({ now: new Date('2030-01-01T12:00:00Z') });
    let purges = 0;
    await driver.startWorkers(handlersFor(async () => undefined, async () => {
      purges += 1;
    }));
    await driver.repeat(JobName.PurgeExpiredSessions, {}, { key: 'purge', every: 100 });
    await driver.repeat(JobName.PurgeExpiredSessions, {}, { key: 'purge', every: 100 });
    await jest.advanceTimersByTimeAsync(0);
    expect(purges).toBe(1); // an interval starts right away
    await jest.advanceTimersByTimeAsync(1000);
    expect(purges).toBe(11);
    // A new timetable under the same key replaces the old one.
    await driver.repeat(JobName.PurgeExpiredSessions, {}, { key: 'purge', every: 500 });
    await jest.advanceTimersByTimeAsync(1000);
    expect(purges).toBe(11 + 3);
  });

  it('repeats on a cron pattern in UTC', async () => {
    jest.useFakeTimers({ now: new Date('2030-01-01T02:59:30Z') });
    const ticks: string[] = [];
    await driver.startWorkers(handlersFor(async () => undefined, async () => {
      ticks.push(new Date().toISOString());
    }));
    await driver.repeat(JobName.PurgeExpiredSessions, {}, { key: 'nightly', pattern: '0 3 * * *' });
    await jest.advanceTimersByTimeAsync(2 * 24 * 3600 * 1000);
    expect(ticks).toEqual(['2030-01-01T03:00:00.000Z', '2030-01-02T03:00:00.000Z']);
  });

  it('close() waits for running jobs and refuses new ones', async () => {
    let finished = false;
    await driver.startWorkers(recordingHandlers(async () => {
      await sleep(20);
      finished = true;
    }));
    await driver.enqueue(JobName.SendMail, { mailId: 'slow' });
    await sleep(1);
    await driver.close();
    expect(finished).toBe(true);
    await expect(driver.enqueue(JobName.SendMail, { mailId: 'late' })).rejects.toThrow(/closed/);
  });
});

describe('backoffDelayMs', () => {
  it.each([
    ['fixed', 1, 1000],
    ['fixed', 4, 1000],
    ['exponential', 1, 1000],
    ['exponential', 2, 2000],
    ['exponential', 4, 8000],
  ] as const)('%s after %i failed attempt(s) waits %i ms', (type, attemptsMade, expected) => {
    expect(backoffDelayMs({ type, delayMs: 1000 }, attemptsMade)).toBe(expected);
  });
});

describe('checkHandlers', () => {
  it('accepts exactly one handler per job', () => {
    expect(checkHandlers(ALL_JOB_NAMES.map((jobName) => ({ jobName, handler: `${jobName}.handle` })))).toEqual([]);
  });

  it('reports missing, duplicate and unknown handlers by job name', () => {
    const problems = checkHandlers([
      { jobName: JobName.SendMail, handler: 'SendMailJob.handle' },
      { jobName: JobName.SendMail, handler: 'OtherMailJob.handle' },
      { jobName: 'mail.sned', handler: 'TypoJob.handle' },
      ...ALL_JOB_NAMES.filter((n) => n !== JobName.SendMail && n !== JobName.PurgeExpiredSessions).map((jobName) => ({ jobName, handler: `${jobName}.handle` })),
    ]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/mail\.send has 2 handlers \(SendMailJob\.handle, OtherMailJob\.handle\)/);
    expect(problems[1]).toMatch(/auth\.purge-expired-sessions has no handler/);
    expect(problems[2]).toMatch(/TypoJob\.handle handles "mail\.sned", which is not in the job catalogue/);
  });
});
