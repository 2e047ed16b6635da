import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager, LessThan, LessThanOrEqual } from 'typeorm';

import { AuditService } from '../../core/audit/audit.service';
import { AppConfig } from '../../core/config/app-config';
import { KeyService } from '../../core/crypto/key.service';
import { MailService } from '../../core/mail/mail.service';
import { JobName } from '../../core/queue/job-catalogue';
import { QueueService } from '../../core/queue/queue.service';
import { BidContent, BidEntity } from './entities/bid.entity';
import { FrameworkAgreementEntity } from './entities/framework-agreement.entity';
import { TenderEntity } from './entities/tender.entity';
import { officerEmails } from './tender-recipients';
import { TenderClock } from './tender-clock';
import { TenderException, TenderExceptionCode } from './tenders.exception';
import { createTenderSealKeys, openSealed, unwrapTenderPrivateKey } from './utils/bid-seal.util';
import { canonicalBid } from './utils/canonical-bid.util';
import { addCalendarDays, copenhagenDate, copenhagenStartOfDay } from './utils/danish-holidays.util';

export const closeJobId = (tenderId: string) => `close-tender.${tenderId}`;
export const inForceJobId = (tenderId: string) => `agreements-in-force.${tenderId}`;

/** When agreements awarded with this standstill end date come into force: the next day, 00:00 in Denmark. */
export function inForceInstant(standstillEndsOn: string): Date {
  return copenhagenStartOfDay(addCalendarDays(standstillEndsOn, 1));
}

/**
 * What publishing sets: the state, the time and the key pair bids are sealed to. The officer's
 * publish and the demo seed both go through here, so a published tender has its key from the
 * start and its row does not change when the first bid comes in.
 */
export function publicationChanges(sealedBidsKey: Buffer, tenderId: string, publishedAt: Date): Pick<TenderEntity, 'status' | 'publishedAt' | 'sealPublicKey' | 'sealPrivateKeyEnc'> {
  const keys = createTenderSealKeys(sealedBidsKey, tenderId);
  return { status: 'published', publishedAt, sealPublicKey: keys.publicKey, sealPrivateKeyEnc: keys.privateKeyEnc };
}

/** What closeIfDue did: closed it, found nothing to do, or found the deadline not yet reached. */
export type CloseOutcome = 'closed' | 'not_due' | 'nothing';

/**
 * The time-driven transitions, shared by the jobs, the every-minute sweep and the officer's manual
 * close: closing at the deadline (which opens the sealed bids) and putting agreements in force
 * when the standstill ends. Each is idempotent and locks the tender row.
 */
@Injectable()
export class TenderLifecycleService {
  private readonly logger = new Logger('Tenders');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly keys: KeyService,
    private readonly mail: MailService,
    private readonly queue: QueueService,
    private readonly clock: TenderClock,
    private readonly config: AppConfig,
  ) {}

  /** Schedules the close at the deadline (deterministic id: enqueueing twice is a no-op). */
  async scheduleClose(tender: Pick<TenderEntity, 'id' | 'bidDeadline'>): Promise<void> {
    const delayMs = Math.max(0, tender.bidDeadline.getTime() - this.clock.now().getTime());
    await this.queue.enqueue(JobName.CloseTender, { tenderId: tender.id }, { jobId: closeJobId(tender.id), delayMs });
  }

  async scheduleInForce(tender: Pick<TenderEntity, 'id' | 'standstillEndsOn'>): Promise<void> {
    if (!tender.standstillEndsOn) return;
    const delayMs = Math.max(0, inForceInstant(tender.standstillEndsOn).getTime() - this.clock.now().getTime());
    await this.queue.enqueue(JobName.AgreementsInForce, { tenderId: tender.id }, { jobId: inForceJobId(tender.id), delayMs });
  }

  /** The close job's work: closes when due; when it ran early, schedules itself again for the deadline. */
  async closeOrReschedule(tenderId: string): Promise<CloseOutcome> {
    const outcome = await this.closeIfDue(tenderId);
    if (outcome === 'not_due') {
      const tender = await this.dataSource.getRepository(TenderEntity).findOne({ select: { id: true, bidDeadline: true }, where: { id: tenderId } });
      if (tender) await this.rescheduleEarly(JobName.CloseTender, tender.id, tender.bidDeadline, closeJobId(tender.id));
    }
    return outcome;
  }

  /** The in-force job's work: the agreements come into force when due; when it ran early, it schedules itself again. */
  async putInForceOrReschedule(tenderId: string): Promise<boolean> {
    if (await this.putInForceIfDue(tenderId)) return true;
    const tender = await this.dataSource.getRepository(TenderEntity).findOne({ select: { id: true, status: true, standstillEndsOn: true }, where: { id: tenderId } });
    if (tender?.status === 'awarded' && tender.standstillEndsOn) await this.rescheduleEarly(JobName.AgreementsInForce, tender.id, inForceInstant(tender.standstillEndsOn), inForceJobId(tender.id));
    return false;
  }

  /**
   * Again for a job that ran before its moment (a worker's clock ahead of this one's, a timer
   * firing a millisecond early). A fresh id: the running job still holds the deterministic one, so
   * enqueueing under it would be a no-op and the tender would wait for the sweep, up to a minute late.
   */
  private async rescheduleEarly(job: JobName.CloseTender | JobName.AgreementsInForce, tenderId: string, at: Date, jobId: string): Promise<void> {
    const now = this.clock.now();
    await this.queue.enqueue(job, { tenderId }, { jobId: `${jobId}.early-${now.getTime()}`, delayMs: Math.max(0, at.getTime() - now.getTime()) });
  }

  /** At start: the delayed jobs of every open tender and every standstill, enqueued again. */
  async rescheduleAll(): Promise<void> {
    const repo = this.dataSource.getRepository(TenderEntity);
    await this.ensureSealKeys();
    for (const t of await repo.find({ select: { id: true, bidDeadline: true }, where: { status: 'published' } })) await this.scheduleClose(t);
    for (const t of await repo.find({ select: { id: true, standstillEndsOn: true }, where: { status: 'awarded' } })) await this.scheduleInForce(t);
  }

  /**
   * Published tenders without a sealing key (published by an older seed, before keys were made at
   * publication) get one. Runs at start, and before a bid is sealed as a fallback. A plain UPDATE
   * of the two key columns: through the ORM it would bump updated_at, which every supplier sees
   * (Tender.updatedAt, the OCDS release id and date), and tell them that someone has just bid.
   * Returns the tender's public key when a tender id is given.
   */
  async ensureSealKeys(manager: EntityManager = this.dataSource.manager, tenderId?: string): Promise<string | null> {
    const rows = await manager.query<{ id: string; seal_public_key: string | null }[]>(
      `SELECT id, seal_public_key FROM tender WHERE status = 'published' ${tenderId ? 'AND id = $1' : 'AND seal_public_key IS NULL'}`,
      tenderId ? [tenderId] : [],
    );
    let publicKey: string | null = null;
    for (const row of rows) {
      if (row.seal_public_key) {
        publicKey = row.seal_public_key;
        continue;
      }
      const keys = createTenderSealKeys(this.keys.key('sealed-bids'), row.id);
      await manager.query('UPDATE tender SET seal_public_key = $1, seal_private_key_enc = $2 WHERE id = $3 AND seal_public_key IS NULL', [keys.publicKey, keys.privateKeyEnc, row.id]);
      // Another process may have won the race: read back what is stored.
      publicKey = (await manager.query<{ k: string }[]>('SELECT seal_public_key AS k FROM tender WHERE id = $1', [row.id]))[0].k;
    }
    return publicKey;
  }

  /**
   * Closes a published tender whose deadline has passed and opens its bids. The close and the
   * opening are recorded as of the bid deadline, the legal moment, even when this runs later (the
   * process was down at the deadline); the audit entry keeps the actual processing time.
   */
  async closeIfDue(tenderId: string, now = this.clock.now()): Promise<CloseOutcome> {
    const closed = await this.dataSource.transaction(async (manager) => {
      const tender = await manager.findOne(TenderEntity, { where: { id: tenderId }, lock: { mode: 'pessimistic_write' } });
      if (!tender || tender.status !== 'published') return 'nothing' as const;
      if (now < tender.bidDeadline) return { notDue: tender };
      const asOf = tender.bidDeadline;
      const bidCount = await this.openBids(manager, tender, now, asOf);
      await manager.update(TenderEntity, { id: tender.id }, { status: 'closed', closedAt: asOf, openedAt: asOf });
      const lateMs = now.getTime() - asOf.getTime();
      await this.audit.record(manager, {
        action: 'tender.closed',
        entityType: 'tender',
        entityId: tender.id,
        municipalityCode: tender.municipalityCode,
        supplierId: null,
        details: { bidDeadline: asOf.toISOString(), closedAsOf: asOf.toISOString(), processedAt: now.toISOString(), lateSeconds: Math.floor(lateMs / 1000), bidsOpened: bidCount },
      });
      const link = `${this.config.publicUrl}/tenders/${tender.id}/evaluation`;
      for (const to of await officerEmails(manager, tender.municipalityCode)) {
        await this.mail.queueMail(manager, to, 'tender-closed', { tenderTitle: tender.title, bidCount, link });
      }
      return { bidCount, lateMs };
    });
    if (closed === 'nothing') return 'nothing';
    if ('notDue' in closed) return 'not_due';
    const late = closed.lateMs >= 60_000 ? ` (processed ${Math.round(closed.lateMs / 1000)} s after it)` : '';
    this.logger.log(`Tender ${tenderId} closed as of its deadline${late}; ${closed.bidCount} bid(s) opened.`);
    return 'closed';
  }

  /**
   * The only path that decrypts sealed bids: refuses before the deadline. Unwraps the tender's
   * private key, opens each submitted bid, checks it against its receipt hash and stores the
   * content readable for the evaluation. Returns the number of bids opened.
   */
  async openBids(manager: EntityManager, tender: TenderEntity, now: Date, asOf: Date = now): Promise<number> {
    if (now < tender.bidDeadline) {
      throw new TenderException(TenderExceptionCode.BIDS_SEALED, `Bids are sealed until the bid deadline ${tender.bidDeadline.toISOString()}.`);
    }
    const bids = await manager
      .getRepository(BidEntity)
      .createQueryBuilder('b')
      .addSelect('b.sealed')
      .where('b.tenderId = :id AND b.status = :s AND b.openedAt IS NULL', { id: tender.id, s: 'submitted' })
      .getMany();
    if (bids.length === 0) return 0;
    const row = await manager.getRepository(TenderEntity).createQueryBuilder('t').addSelect('t.sealPrivateKeyEnc').where('t.id = :id', { id: tender.id }).getOneOrFail();
    if (!row.sealPrivateKeyEnc) throw new Error(`Tender ${tender.id} has bids but no sealing key.`);
    const privateKey = unwrapTenderPrivateKey(this.keys.key('sealed-bids'), tender.id, row.sealPrivateKeyEnc);
    for (const bid of bids) {
      const content = JSON.parse(openSealed(privateKey, bid.sealed as string, bid.id)) as BidContent;
      const { sha256 } = canonicalBid(bid, content);
      // A mismatch means the stored box is not what the receipt was given for: never evaluate it silently.
      if (sha256 !== bid.sha256) throw new Error(`Bid ${bid.id} does not match its receipt hash.`);
      await manager.update(BidEntity, { id: bid.id }, { openedAt: asOf, hourlyRate: content.hourlyRate, answers: content.answers, mentorIds: content.mentorIds });
    }
    return bids.length;
  }

  /** Awarded tender whose standstill has ended: its agreements come into force. */
  async putInForceIfDue(tenderId: string, now = this.clock.now()): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const tender = await manager.findOne(TenderEntity, { where: { id: tenderId }, lock: { mode: 'pessimistic_write' } });
      if (!tender || tender.status !== 'awarded' || !tender.standstillEndsOn || now < inForceInstant(tender.standstillEndsOn)) return false;
      await this.putInForce(manager, tender, now);
      return true;
    });
  }

  /** Inside the caller's transaction (also used at award when the standstill is 0 days). */
  async putInForce(manager: EntityManager, tender: TenderEntity, now: Date): Promise<void> {
    await manager.update(FrameworkAgreementEntity, { tenderId: tender.id, status: 'standstill' }, { status: 'in_force' });
    await manager.update(TenderEntity, { id: tender.id }, { status: 'in_force', inForceAt: now });
    await this.audit.record(manager, {
      action: 'tender.in_force',
      entityType: 'tender',
      entityId: tender.id,
      municipalityCode: tender.municipalityCode,
      supplierId: null,
      details: { standstillEndsOn: tender.standstillEndsOn },
    });
  }

  /**
   * Catches up on everything time should have done: at start and every minute, so a tender
   * closes correctly even if the process was down (or the delayed job lost) at its deadline.
   */
  async sweep(now = this.clock.now()): Promise<{ closed: number; inForce: number; expired: number }> {
    const repo = this.dataSource.getRepository(TenderEntity);
    const due = await repo.find({ select: { id: true }, where: { status: 'published', bidDeadline: LessThanOrEqual(now) }, order: { bidDeadline: 'ASC' }, take: 100 });
    let closed = 0;
    for (const t of due) if ((await this.closeIfDue(t.id, now)) === 'closed') closed++;
    const awarded = await repo.find({ select: { id: true }, where: { status: 'awarded', standstillEndsOn: LessThan(copenhagenDate(now)) }, take: 100 });
    let inForce = 0;
    for (const t of awarded) if (await this.putInForceIfDue(t.id, now)) inForce++;
    const expired = await this.dataSource
      .createQueryBuilder()
      .update(FrameworkAgreementEntity)
      .set({ status: 'expired' })
      .where('status = :s AND valid_to < :today', { s: 'in_force', today: copenhagenDate(now) })
      .execute();
    return { closed, inForce, expired: expired.affected ?? 0 };
  }
}
