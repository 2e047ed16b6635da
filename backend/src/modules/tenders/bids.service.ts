import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';

import { Bid, BidReceipt, BidReceiptRecord, BidSubmission, ReceiptCheck, ReceiptKind, ReceiptVerification, ReceiptVerificationInput } from '@mentor/contracts';

import { AuditService } from '../../core/audit/audit.service';
import { KeyService } from '../../core/crypto/key.service';
import { Actor, RequestContext } from '../../core/context/request-context';
import { TenantScope } from '../../core/context/tenant-scope';
import { MentorEntity } from '../suppliers/entities/mentor.entity';
import { SupplierEntity } from '../suppliers/entities/supplier.entity';
import { AwardCriterionEntity } from './entities/award-criterion.entity';
import { BidReceiptEntity } from './entities/bid-receipt.entity';
import { BidContent, BidEntity } from './entities/bid.entity';
import { LotEntity } from './entities/lot.entity';
import { TenderEntity } from './entities/tender.entity';
import { TenderClock } from './tender-clock';
import { TenderLifecycleService } from './tender-lifecycle.service';
import { CreateBidDto, UpdateBidDto } from './tenders.dto';
import { TenderException, TenderExceptionCode } from './tenders.exception';
import { isMunicipal, isUuid, TendersService } from './tenders.service';
import { openForBidder, sealForBidder, sealToTender } from './utils/bid-seal.util';
import { canonicalBid, canonicalWithdrawal } from './utils/canonical-bid.util';
import { sha256Hex } from './utils/canonical-json.util';

/**
 * Sealed bids. Before the deadline a bid exists for its supplier only: every read goes through
 * `visibleBid`, which answers the same 404 for a missing bid and for anyone else's, and no answer,
 * count, mail or log line depends on another supplier's bid. The content is stored encrypted
 * (bid-seal.util.ts) and opened only by TenderLifecycleService.openBids after the deadline.
 * Every receipt issued (submission, change, withdrawal) is kept in bid_receipt, the bidder's own,
 * so an earlier receipt still verifies after a change or a withdrawal.
 */
@Injectable()
export class BidsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantScope,
    private readonly audit: AuditService,
    private readonly keys: KeyService,
    private readonly clock: TenderClock,
    private readonly tenders: TendersService,
    private readonly lifecycle: TenderLifecycleService,
  ) {}

  async submit(tenderId: string, dto: CreateBidDto): Promise<BidSubmission> {
    const actor = RequestContext.actor()!;
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const tender = await this.openForBidding(manager, tenderId, now);
      const lot = isUuid(dto.lotId) ? await manager.findOneBy(LotEntity, { id: dto.lotId, tenderId }) : null;
      if (!lot) throw new TenderException(TenderExceptionCode.INVALID_INPUT, `lotId: ${dto.lotId} is not a lot of this tender.`);
      const repo = this.tenant.repository(BidEntity, manager);
      const existing = await repo.findOne({ where: { lotId: lot.id, status: 'submitted' } });
      if (existing) {
        throw new TenderException(TenderExceptionCode.BID_EXISTS, `You already have a bid on lot ${lot.number} (bid ${existing.id}); change it with PUT /api/bids/${existing.id} or withdraw it first.`);
      }
      const content = await this.content(manager, tender, actor, dto);
      const bid = repo.create({ tenderId, lotId: lot.id, status: 'submitted', submittedAt: now, sha256: '', withdrawnAt: null, openedAt: null, hourlyRate: null, answers: null, mentorIds: null });
      // The id is needed inside the sealed box (additional data) and the receipt, so it is chosen first.
      bid.id = (await manager.query<{ id: string }[]>('SELECT gen_random_uuid() AS id'))[0].id;
      const receipt = this.seal(tender, bid, content, actor);
      await repo.save(bid);
      await this.recordReceipt(manager, bid, 'submitted', receipt);
      await this.audit.record(manager, { action: 'bid.submitted', entityType: 'bid', entityId: bid.id, details: { tenderId } });
      return { bid: await this.toBid(manager, bid, content), receipt };
    });
  }

  async update(bidId: string, dto: UpdateBidDto): Promise<BidSubmission> {
    const actor = RequestContext.actor()!;
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const bid = await this.ownBid(manager, bidId);
      const tender = await this.openForBidding(manager, bid.tenderId, now);
      const content = await this.content(manager, tender, actor, dto);
      bid.submittedAt = now;
      const receipt = this.seal(tender, bid, content, actor);
      await manager.update(BidEntity, { id: bid.id }, { submittedAt: now, sha256: bid.sha256, sealed: bid.sealed, bidderCopy: bid.bidderCopy });
      await this.recordReceipt(manager, bid, 'changed', receipt);
      await this.audit.record(manager, { action: 'bid.updated', entityType: 'bid', entityId: bid.id, details: { tenderId: bid.tenderId } });
      return { bid: await this.toBid(manager, bid, content), receipt };
    });
  }

  async withdraw(bidId: string): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const bid = await this.ownBid(manager, bidId);
      await this.openForBidding(manager, bid.tenderId, now);
      // The content is destroyed, not just flagged: a withdrawn bid is never opened.
      await manager.update(BidEntity, { id: bid.id }, { status: 'withdrawn', withdrawnAt: now, sealed: null, bidderCopy: null });
      await this.recordReceipt(manager, bid, 'withdrawn', canonicalWithdrawal({ ...bid, withdrawnAt: now }));
      await this.audit.record(manager, { action: 'bid.withdrawn', entityType: 'bid', entityId: bid.id, details: { tenderId: bid.tenderId } });
    });
  }

  async get(bidId: string): Promise<Bid> {
    const bid = await this.visibleBid(this.dataSource.manager, bidId);
    return this.toBid(this.dataSource.manager, bid, await this.readContent(bid));
  }

  /**
   * The stored bid's receipt; to the bidder also the bid's receipt history and, with `sha256`,
   * which of its receipts that is (a withdrawn bid's too). Anyone else: as `visibleBid` allows,
   * without history.
   */
  async receipt(bidId: string, sha256?: string): Promise<ReceiptCheck> {
    const actor = RequestContext.actor()!;
    const manager = this.dataSource.manager;
    const own = actor.supplierId && isUuid(bidId) ? await this.tenant.repository(BidEntity, manager).findOne({ where: { id: bidId } }) : null;
    const bid = own ?? (await this.visibleBid(manager, bidId));
    const receipt = bid.status === 'submitted' ? canonicalBid(bid, await this.readContent(bid)) : null;
    const matches = sha256 === undefined ? null : receipt !== null && sha256.toLowerCase() === receipt.sha256 && receipt.sha256 === bid.sha256;
    if (!own) return { bidId: bid.id, receipt, matches, history: [], verification: null };
    const history = receiptRecords(await this.tenant.repository(BidReceiptEntity, manager).find({ where: { bidId: bid.id }, order: { sequence: 'ASC' } }));
    return { bidId: bid.id, receipt, matches, history, verification: sha256 === undefined ? null : verification(history, { sha256, bidId: bid.id }) };
  }

  /** Any receipt ever issued to the caller's supplier: which it is and what became of it. */
  async verifyReceipt(input: ReceiptVerificationInput): Promise<ReceiptVerification> {
    const repo = this.tenant.repository(BidReceiptEntity);
    const hit = await repo.findOne({ where: { sha256: input.sha256.toLowerCase() }, order: { sequence: 'ASC' } });
    const history = hit ? receiptRecords(await repo.find({ where: { bidId: hit.bidId }, order: { sequence: 'ASC' } })) : [];
    return verification(history, input);
  }

  /** The caller's receipts on a tender, every bid (withdrawn ones too), oldest first. */
  async receiptsForTender(tenderId: string): Promise<BidReceiptRecord[]> {
    const tender = await this.tenders.readable(tenderId);
    const rows = await this.tenant.repository(BidReceiptEntity).find({ where: { tenderId: tender.id }, order: { submittedAt: 'ASC', sequence: 'ASC' } });
    const byBid = new Map<string, BidReceiptEntity[]>();
    for (const r of rows) byBid.set(r.bidId, [...(byBid.get(r.bidId) ?? []), r]);
    return [...byBid.values()].flatMap((list) => receiptRecords(list.sort((a, b) => a.sequence - b.sequence))).sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.sequence - b.sequence);
  }

  /** Own bids any time; all (submitted) bids to the buyer once opened; 409 to the buyer before. */
  async listForTender(tenderId: string): Promise<Bid[]> {
    const actor = RequestContext.actor()!;
    const manager = this.dataSource.manager;
    const tender = await this.tenders.readable(tenderId);
    let rows: BidEntity[];
    if (actor.supplierId) {
      rows = await this.tenant.repository(BidEntity).find({ where: { tenderId: tender.id, status: 'submitted' }, order: { submittedAt: 'ASC' } });
    } else {
      if (!tender.openedAt) {
        throw new TenderException(TenderExceptionCode.BIDS_SEALED, `Bids are sealed until the bid deadline ${tender.bidDeadline.toISOString()}; they open when the tender closes.`);
      }
      rows = await manager.find(BidEntity, { where: { tenderId: tender.id, status: 'submitted' }, order: { lotId: 'ASC', submittedAt: 'ASC' } });
    }
    const names = await this.supplierNames(manager, rows.map((r) => r.supplierId));
    const criteria = await this.criterionNames(manager, tender.id);
    const result: Bid[] = [];
    for (const r of rows) result.push(toBidDto(r, await this.readContent(r), names.get(r.supplierId) ?? '', criteria));
    return result;
  }

  /**
   * The bid if the caller may read it, else 404 with the same words as a missing id: the
   * bidding supplier always; the owning municipality's officers and admins once bids are opened.
   */
  async visibleBid(manager: EntityManager, bidId: string): Promise<BidEntity> {
    const actor = RequestContext.actor()!;
    const notFound = () => new NotFoundException(`Bid ${bidId} was not found.`);
    if (!isUuid(bidId)) throw notFound();
    if (actor.supplierId) {
      const own = await this.tenant.repository(BidEntity, manager).findOne({ where: { id: bidId } });
      if (!own || own.status !== 'submitted') throw notFound();
      return own;
    }
    if (!isMunicipal(actor)) throw notFound();
    const bid = await manager
      .getRepository(BidEntity)
      .createQueryBuilder('b')
      .innerJoin(TenderEntity, 't', 't.id = b.tenderId')
      .where('b.id = :id AND b.status = :s AND t.municipalityCode = :m AND t.openedAt IS NOT NULL AND b.openedAt IS NOT NULL', { id: bidId, s: 'submitted', m: actor.municipalityCode })
      .getOne();
    if (!bid) throw notFound();
    return bid;
  }

  private async ownBid(manager: EntityManager, bidId: string): Promise<BidEntity> {
    const bid = isUuid(bidId) ? await this.tenant.repository(BidEntity, manager).findOne({ where: { id: bidId }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!bid || bid.status !== 'submitted') throw new NotFoundException(`Bid ${bidId} was not found.`);
    return bid;
  }

  /** The tender, locked so that closing waits for this change; 409 once the deadline has passed. */
  private async openForBidding(manager: EntityManager, tenderId: string, now: Date): Promise<TenderEntity> {
    const visible = await this.tenders.readable(tenderId, manager);
    const tender = await manager.findOneOrFail(TenderEntity, { where: { id: visible.id }, lock: { mode: 'pessimistic_write' } });
    if (tender.status === 'published' && now >= tender.bidDeadline) {
      throw new TenderException(TenderExceptionCode.BID_AFTER_DEADLINE, `The bid deadline passed at ${tender.bidDeadline.toISOString()}; bids can no longer be submitted, changed or withdrawn.`);
    }
    if (tender.status !== 'published') {
      throw new TenderException(
        tender.status === 'cancelled' ? TenderExceptionCode.INVALID_STATE : TenderExceptionCode.BID_AFTER_DEADLINE,
        tender.status === 'cancelled'
          ? `Tender ${tender.id} is cancelled: bids are accepted only while a tender is published.`
          : `Tender ${tender.id} is ${tender.status}: the bid deadline passed at ${tender.bidDeadline.toISOString()}; bids can no longer be submitted, changed or withdrawn.`,
      );
    }
    // Publication makes the key; only a row published before that (an older seed) lacks one.
    if (!tender.sealPublicKey) tender.sealPublicKey = await this.lifecycle.ensureSealKeys(manager, tender.id);
    return tender;
  }

  /** Checks and normalises the content: one answer per criterion (in criterion order), own active mentors. */
  private async content(manager: EntityManager, tender: TenderEntity, actor: Actor, dto: UpdateBidDto): Promise<BidContent> {
    const criteria = await manager.find(AwardCriterionEntity, { where: { tenderId: tender.id }, order: { position: 'ASC' } });
    const answers: BidContent['answers'] = [];
    const used = new Set<number>();
    for (const c of criteria) {
      const index = dto.answers.findIndex((a, i) => !used.has(i) && (a.criterion === c.id || a.criterion.trim().toLowerCase() === c.name.trim().toLowerCase()));
      if (index < 0) throw new TenderException(TenderExceptionCode.INVALID_INPUT, `answers: an answer to the criterion "${c.name}" is missing; give one answer per quality criterion.`);
      used.add(index);
      answers.push({ criterionId: c.id, text: dto.answers[index].text });
    }
    if (used.size !== dto.answers.length) {
      const extra = dto.answers.find((_a, i) => !used.has(i));
      throw new TenderException(TenderExceptionCode.INVALID_INPUT, `answers: "${extra?.criterion}" is not a quality criterion of this tender (or is answered twice).`);
    }
    if (dto.mentorIds.length === 0) throw new TenderException(TenderExceptionCode.INVALID_INPUT, 'mentorIds: propose at least one of your mentors.');
    const mentors = await manager.find(MentorEntity, { select: { id: true }, where: { id: In(dto.mentorIds), supplierId: actor.supplierId as string, active: true } });
    const found = new Set(mentors.map((m) => m.id));
    const unknown = dto.mentorIds.filter((id) => !found.has(id));
    if (unknown.length) {
      // The same words whether the mentor is inactive, another supplier's, or does not exist.
      throw new TenderException(TenderExceptionCode.INVALID_INPUT, `mentorIds: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not one of your active mentors' : 'are not your active mentors'}.`);
    }
    return { hourlyRate: dto.hourlyRate, answers, mentorIds: [...dto.mentorIds].sort() };
  }

  private async recordReceipt(manager: EntityManager, bid: BidEntity, kind: ReceiptKind, receipt: BidReceipt): Promise<void> {
    const last = await manager.findOne(BidReceiptEntity, { select: { sequence: true }, where: { bidId: bid.id }, order: { sequence: 'DESC' } });
    await manager.insert(BidReceiptEntity, {
      bidId: bid.id,
      supplierId: bid.supplierId,
      tenderId: bid.tenderId,
      lotId: bid.lotId,
      kind,
      sequence: (last?.sequence ?? 0) + 1,
      submittedAt: new Date(receipt.submittedAt),
      sha256: receipt.sha256,
    });
  }

  /** Seals the content twice (to the tender, for the bidder) and sets the receipt hash on `bid`. */
  private seal(tender: TenderEntity, bid: BidEntity, content: BidContent, actor: Actor): BidReceipt {
    bid.supplierId = actor.supplierId as string;
    const receipt = canonicalBid(bid, content);
    const plaintext = JSON.stringify(content);
    bid.sha256 = receipt.sha256;
    bid.sealed = sealToTender(tender.sealPublicKey as string, plaintext, bid.id);
    bid.bidderCopy = sealForBidder(this.keys.key('bidder-bid-copy'), bid.supplierId, bid.id, plaintext);
    return receipt;
  }

  /** Opened content after the deadline; before it, only the bidder's own copy (and only for the bidder). */
  private async readContent(bid: BidEntity): Promise<BidContent> {
    if (bid.openedAt && bid.hourlyRate !== null) return { hourlyRate: bid.hourlyRate, answers: bid.answers ?? [], mentorIds: bid.mentorIds ?? [] };
    const actor = RequestContext.actor();
    if (!actor?.supplierId || actor.supplierId !== bid.supplierId) throw new NotFoundException(`Bid ${bid.id} was not found.`);
    const row = await this.dataSource.getRepository(BidEntity).createQueryBuilder('b').addSelect('b.bidderCopy').where('b.id = :id', { id: bid.id }).getOneOrFail();
    return JSON.parse(openForBidder(this.keys.key('bidder-bid-copy'), bid.supplierId, bid.id, row.bidderCopy as string)) as BidContent;
  }

  private async toBid(manager: EntityManager, bid: BidEntity, content: BidContent): Promise<Bid> {
    const names = await this.supplierNames(manager, [bid.supplierId]);
    return toBidDto(bid, content, names.get(bid.supplierId) ?? '', await this.criterionNames(manager, bid.tenderId));
  }

  private async criterionNames(manager: EntityManager, tenderId: string): Promise<Map<string, string>> {
    const rows = await manager.find(AwardCriterionEntity, { select: { id: true, name: true }, where: { tenderId } });
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  private async supplierNames(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await manager.find(SupplierEntity, { select: { id: true, name: true }, where: { id: In([...new Set(ids)]) } });
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

/** One bid's receipts (in sequence order) with what became of each. */
export function receiptRecords(rows: BidReceiptEntity[]): BidReceiptRecord[] {
  const withdrawal = rows.find((r) => r.kind === 'withdrawn');
  const submissions = rows.filter((r) => r.kind !== 'withdrawn');
  const latest = submissions.at(-1);
  return rows.map((r) => {
    const next = r.kind === 'withdrawn' ? undefined : submissions.find((x) => x.sequence > r.sequence);
    return {
      bidId: r.bidId,
      tenderId: r.tenderId,
      lotId: r.lotId,
      kind: r.kind,
      sequence: r.sequence,
      submittedAt: r.submittedAt.toISOString(),
      sha256: r.sha256,
      current: !withdrawal && r === latest,
      supersededAt: next ? next.submittedAt.toISOString() : null,
      withdrawnAt: withdrawal ? withdrawal.submittedAt.toISOString() : null,
    };
  });
}

/** Which receipt of `history` (one bid's, or none) the given one is, and whether its other fields agree. */
function verification(history: BidReceiptRecord[], input: ReceiptVerificationInput): ReceiptVerification {
  const sha256 = input.sha256.toLowerCase();
  const record = history.find((r) => r.sha256 === sha256) ?? null;
  const problems: ReceiptVerification['problems'] = [];
  if (record && input.bidId !== undefined && input.bidId.toLowerCase() !== record.bidId) problems.push('bidId');
  if (record && input.submittedAt !== undefined && Date.parse(input.submittedAt) !== Date.parse(record.submittedAt)) problems.push('submittedAt');
  if (input.canonical !== undefined && sha256Hex(input.canonical) !== sha256) problems.push('canonical');
  const status = !record ? 'unknown' : record.kind === 'withdrawn' ? 'withdrawn' : record.current ? 'current' : record.supersededAt ? 'superseded' : 'withdrawn';
  return { status, record, problems };
}

function toBidDto(bid: BidEntity, content: BidContent, supplierName: string, criterionNames: Map<string, string>): Bid {
  return {
    id: bid.id,
    tenderId: bid.tenderId,
    lotId: bid.lotId,
    supplierId: bid.supplierId,
    supplierName,
    status: bid.status,
    hourlyRate: content.hourlyRate,
    answers: content.answers.map((a) => ({ criterionId: a.criterionId, criterion: criterionNames.get(a.criterionId) ?? '', text: a.text })),
    mentorIds: content.mentorIds,
    submittedAt: bid.submittedAt.toISOString(),
    sha256: bid.sha256,
  };
}
