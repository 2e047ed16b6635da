import { randomUUID } from 'node:crypto';

import { BidSubmission, Tender, TenderTransitionResult } from '@mentor/contracts';

import { TestApp } from '../../../../test/create-test-app';
import { MentorEntity } from '../../suppliers/entities/mentor.entity';
import { UserEntity } from '../../users/entities/user.entity';
import { TenderClock } from '../tender-clock';

const DAY = 86_400_000;

/** A tender body with deadlines relative to `now` (bid deadline in 20 days, agreements from day 40). */
export function aTender(now = new Date(), overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const day = (d: number) => new Date(now.getTime() + d * DAY);
  return {
    title: `Mentorstøtte ${randomUUID().slice(0, 6)}`,
    description: 'Rammeaftaler om mentorstøtte.',
    lots: [
      { title: 'Unge og kriminalitet', targetGroups: ['education_aid', 'youth_education'], requiredCompetences: ['youth_crime'], estimatedHoursPerYear: 2000, maxSuppliers: 1, hourCeiling: 2500 },
      { title: 'Psykisk sårbare', targetGroups: ['activity_ready_cash'], requiredCompetences: ['psychiatric'], estimatedHoursPerYear: 1000, maxSuppliers: 2, hourCeiling: 1200 },
    ],
    criteria: [
      { name: 'Kvalitet', weight: 35 },
      { name: 'Samarbejde', weight: 25 },
    ],
    priceWeight: 40,
    priceModel: 'proportional',
    allocationModel: 'cascade',
    estimatedValue: 2_000_000,
    questionDeadline: day(10).toISOString(),
    bidDeadline: day(20).toISOString(),
    standstillDays: 10,
    agreementStart: day(40).toISOString().slice(0, 10),
    agreementEnd: day(40 + 730).toISOString().slice(0, 10),
    ...overrides,
  };
}

/** Helpers over a running test app: logins, tenders in a given state, bids, a movable clock. */
export class TenderDriver {
  tokens: Record<string, string> = {};

  constructor(readonly t: TestApp) {}

  async init(emails: string[]): Promise<this> {
    for (const e of emails) this.tokens[e] = await this.t.login(e);
    return this;
  }

  token(email: string): string {
    return this.tokens[email];
  }

  get clock(): TenderClock {
    return this.t.app.get(TenderClock);
  }

  /** Moves "now" for every deadline check (restore with jest.restoreAllMocks). */
  setNow(date: Date): void {
    jest.spyOn(this.clock, 'now').mockReturnValue(date);
  }

  async supplierIdOf(email: string): Promise<string> {
    return (await this.t.dataSource.getRepository(UserEntity).findOneByOrFail({ email })).supplierId as string;
  }

  /** An active mentor of the supplier (created when it has none). */
  async mentorOf(email: string, active = true): Promise<string> {
    const supplierId = await this.supplierIdOf(email);
    const repo = this.t.dataSource.getRepository(MentorEntity);
    if (active) {
      const existing = await repo.findOne({ where: { supplierId, active: true }, order: { createdAt: 'ASC' } });
      if (existing) return existing.id;
    }
    return (await repo.save(repo.create({ supplierId, name: `Test Mentor ${randomUUID().slice(0, 4)}`, email: `${randomUUID()}@test.demo`, active }))).id;
  }

  async create(officer: string, body: Record<string, unknown> = aTender()): Promise<Tender> {
    const res = await this.t.request<Tender>('POST', '/api/tenders', { token: this.token(officer), body });
    if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async transition(officer: string, id: string, action: string, body?: unknown): Promise<{ status: number; body: TenderTransitionResult & { message?: string } }> {
    return this.t.request('POST', `/api/tenders/${id}/${action}`, { token: this.token(officer), body });
  }

  async published(officer: string, body: Record<string, unknown> = aTender()): Promise<Tender> {
    const tender = await this.create(officer, body);
    const res = await this.transition(officer, tender.id, 'publish');
    if (res.status !== 200) throw new Error(`publish: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.tender;
  }

  async bid(supplier: string, tender: Tender, lotIndex: number, hourlyRate: number): Promise<BidSubmission> {
    const res = await this.t.request<BidSubmission>('POST', `/api/tenders/${tender.id}/bids`, {
      token: this.token(supplier),
      body: { lotId: tender.lots[lotIndex].id, hourlyRate, answers: tender.criteria.map((c) => ({ criterion: c.name, text: `Svar på ${c.name} fra ${supplier}` })), mentorIds: [await this.mentorOf(supplier)] },
    });
    if (res.status !== 201) throw new Error(`bid: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Moves the clock past the deadline, closes (as the job would), and restores the clock. */
  async closeAfterDeadline(officer: string, tender: Tender): Promise<Tender> {
    this.setNow(new Date(Date.parse(tender.bidDeadline) + 1000));
    const res = await this.transition(officer, tender.id, 'close');
    // Back to real time: later steps (publishing another tender) need a true "now".
    jest.restoreAllMocks();
    if (res.status !== 200) throw new Error(`close: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.tender;
  }

  async scoreAll(officer: string, bidIds: string[], tender: Tender, score: (bidIndex: number, criterionIndex: number) => number): Promise<void> {
    for (const [i, bidId] of bidIds.entries()) {
      const res = await this.t.request('PUT', `/api/bids/${bidId}/scores`, {
        token: this.token(officer),
        body: { scores: tender.criteria.map((c, ci) => ({ criterion: c.id, score: score(i, ci), justification: `Begrundelse ${i}-${ci}: konkret og målbar.` })) },
      });
      if (res.status !== 200) throw new Error(`score: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }
}
