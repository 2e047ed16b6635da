import { Agreement, AwardResult, Bid, Page, Tender } from '@mentor/contracts';

import { TestApp } from '../../../../test/create-test-app';
import { AuditEventEntity } from '../../../core/audit/entities/audit-event.entity';
import { JobName } from '../../../core/queue/job-catalogue';
import { QueueService } from '../../../core/queue/queue.service';
import { AgreementsInForceJob } from '../jobs/agreements-in-force.job';
import { CloseTenderJob } from '../jobs/close-tender.job';
import { closeJobId, inForceInstant, inForceJobId, TenderLifecycleService } from '../tender-lifecycle.service';
import { aTender, TenderDriver } from './tender-fixtures';

const OFFICER = 'indkob@hvidovre.demo';
const NORD = 'leverandor@nordmentor.demo';
const BRO = 'leverandor@brobyg.demo';
const SECOND = 1000;

/**
 * The delayed jobs themselves, run by the app's own queue (inline embedded, BullMQ with
 * services): a tender with a bid deadline seconds away closes and opens its bids by itself, an
 * early-firing close job schedules itself again, and agreements come into force by the job.
 */
describe('tender jobs', () => {
  let t: TestApp;
  let d: TenderDriver;

  beforeAll(async () => {
    t = await TestApp.start();
    d = await new TenderDriver(t).init([OFFICER, NORD, BRO]);
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await t?.close();
  });

  /** Polls the tender until it has the status (the outcome is asserted, not how long it took). */
  async function until(id: string, status: string, timeoutMs = 30 * SECOND): Promise<Tender> {
    const give = Date.now() + timeoutMs;
    for (;;) {
      const res = await t.request<Tender>('GET', `/api/tenders/${id}`, { token: d.token(OFFICER) });
      if (res.body.status === status) return res.body;
      if (Date.now() > give) throw new Error(`Tender ${id} is still ${res.body.status}, not ${status}.`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** A tender whose bid deadline is `seconds` away (questions close a second before it). */
  async function closingSoon(seconds: number, overrides: Record<string, unknown> = {}): Promise<Tender> {
    const now = Date.now();
    return d.published(OFFICER, aTender(new Date(now), { questionDeadline: new Date(now + (seconds - 1) * SECOND).toISOString(), bidDeadline: new Date(now + seconds * SECOND).toISOString(), ...overrides }));
  }

  it('closes a tender at its deadline by the delayed job enqueued at publication, and opens its bids', async () => {
    const lifecycle = t.app.get(TenderLifecycleService);
    const closing = jest.spyOn(lifecycle, 'closeOrReschedule');
    const tender = await closingSoon(4);
    await d.bid(NORD, tender, 0, 512);

    const closed = await until(tender.id, 'closed');
    expect(closing).toHaveBeenCalledWith(tender.id);
    expect(closed).toMatchObject({ bidCount: 1, closedAt: tender.bidDeadline });
    const bids = await t.request<Bid[]>('GET', `/api/tenders/${tender.id}/bids`, { token: d.token(OFFICER) });
    expect(bids.body.map((b) => [b.hourlyRate, b.supplierName])).toEqual([[512, 'Nord Mentor ApS']]);
    const audit = await t.dataSource.getRepository(AuditEventEntity).findOneByOrFail({ entityId: tender.id, action: 'tender.closed' });
    expect(audit).toMatchObject({ actorRole: 'system', details: { bidsOpened: 1, closedAsOf: tender.bidDeadline } });
  });

  it('schedules an early-firing close job again for the deadline, so the tender still closes by itself', async () => {
    const queue = t.app.get(QueueService);
    const tender = await closingSoon(5);
    await d.bid(BRO, tender, 1, 470);
    // Only the rescheduled job is left to close it: the one from publication is gone.
    expect(await queue.cancel(JobName.CloseTender, closeJobId(tender.id))).toBe(true);

    const enqueue = jest.spyOn(queue, 'enqueue');
    const early = new Date(Date.parse(tender.bidDeadline) - 1500);
    d.setNow(early);
    await t.app.get(CloseTenderJob).handle({ tenderId: tender.id });
    jest.restoreAllMocks();
    expect(enqueue).toHaveBeenCalledWith(JobName.CloseTender, { tenderId: tender.id }, { jobId: `${closeJobId(tender.id)}.early-${early.getTime()}`, delayMs: 1500 });
    expect((await t.request<Tender>('GET', `/api/tenders/${tender.id}`, { token: d.token(OFFICER) })).body.status).toBe('published');

    const closed = await until(tender.id, 'closed');
    expect(closed).toMatchObject({ bidCount: 1, closedAt: tender.bidDeadline });
  });

  it('puts agreements in force at the award with standstill 0, without a job', async () => {
    const queue = t.app.get(QueueService);
    const tender = await d.published(OFFICER, aTender(new Date(), { standstillDays: 0 }));
    const bid = await d.bid(NORD, tender, 0, 455);
    await d.closeAfterDeadline(OFFICER, tender);
    await d.scoreAll(OFFICER, [bid.bid.id], tender, () => 8);
    const enqueue = jest.spyOn(queue, 'enqueue');
    const award = await t.request<AwardResult>('POST', `/api/tenders/${tender.id}/award`, { token: d.token(OFFICER) });
    expect(award.body.tender.status).toBe('in_force');
    expect(award.body.agreements.map((a) => a.status)).toEqual(['in_force']);
    expect(enqueue.mock.calls.filter(([name]) => name === JobName.AgreementsInForce)).toEqual([]);
  });

  it('puts agreements in force by the job when the standstill ends', async () => {
    const queue = t.app.get(QueueService);
    const lifecycle = t.app.get(TenderLifecycleService);
    const tender = await d.published(OFFICER, aTender(new Date(), { standstillDays: 3 }));
    const bid = await d.bid(NORD, tender, 0, 455);
    await d.closeAfterDeadline(OFFICER, tender);
    await d.scoreAll(OFFICER, [bid.bid.id], tender, () => 8);

    // The award schedules the job for the end of the standstill, days away in real time: that
    // enqueue is kept from the queue here and checked, the rest goes through.
    const enqueue = queue.enqueue.bind(queue);
    const scheduled = jest.spyOn(queue, 'enqueue').mockImplementation((name, payload, opts) => (name === JobName.AgreementsInForce ? Promise.resolve() : enqueue(name, payload, opts)));
    const awardAt = new Date();
    d.setNow(awardAt);
    const award = await t.request<AwardResult>('POST', `/api/tenders/${tender.id}/award`, { token: d.token(OFFICER) });
    expect(award.body.tender.status).toBe('awarded');
    expect(award.body.agreements.map((a) => a.status)).toEqual(['standstill']);
    const inForceAt = inForceInstant(award.body.tender.standstillEndsOn as string);
    expect(scheduled).toHaveBeenCalledWith(JobName.AgreementsInForce, { tenderId: tender.id }, { jobId: inForceJobId(tender.id), delayMs: inForceAt.getTime() - awardAt.getTime() });
    jest.restoreAllMocks();

    // A job that fires before the standstill ends (a timer a millisecond early, a worker's clock
    // ahead) does nothing yet and schedules itself again for the moment, under a fresh id.
    const early = new Date(inForceAt.getTime() - 1500);
    d.setNow(early);
    const again = jest.spyOn(queue, 'enqueue').mockImplementation(() => Promise.resolve());
    await t.app.get(AgreementsInForceJob).handle({ tenderId: tender.id });
    expect(again).toHaveBeenCalledWith(JobName.AgreementsInForce, { tenderId: tender.id }, { jobId: `${inForceJobId(tender.id)}.early-${early.getTime()}`, delayMs: 1500 });
    jest.restoreAllMocks();
    expect((await t.request<Tender>('GET', `/api/tenders/${tender.id}`, { token: d.token(OFFICER) })).body.status).toBe('awarded');

    // Days pass: the clock runs on from a second before the standstill ends, and the job is
    // scheduled again as after a restart (rescheduleAll); the real job puts the agreements in force.
    const offset = inForceAt.getTime() - SECOND - Date.now();
    jest.spyOn(d.clock, 'now').mockImplementation(() => new Date(Date.now() + offset));
    await lifecycle.rescheduleAll();

    const inForce = await until(tender.id, 'in_force');
    expect(inForce.inForceAt).not.toBeNull();
    const agreements = await t.request<Page<Agreement>>('GET', `/api/agreements?tenderId=${tender.id}`, { token: d.token(OFFICER) });
    expect(agreements.body.items.map((a) => [a.supplierName, a.status])).toEqual([['Nord Mentor ApS', 'in_force']]);
  });
});
