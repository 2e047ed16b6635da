import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';

import { Agreement, AwardResult, CriterionScore, Evaluation, LotEvaluation, Page, TenderTransitionResult } from '@mentor/contracts';

import { AuditService } from '../../core/audit/audit.service';
import { AppConfig } from '../../core/config/app-config';
import { RequestContext } from '../../core/context/request-context';
import { TenantScope } from '../../core/context/tenant-scope';
import { afterCommit } from '../../core/database/after-commit';
import { MailService } from '../../core/mail/mail.service';
import { MunicipalityEntity } from '../reference/entities/municipality.entity';
import { SupplierEntity } from '../suppliers/entities/supplier.entity';
import { AwardCriterionEntity } from './entities/award-criterion.entity';
import { BidScoreEntity } from './entities/bid-score.entity';
import { BidEntity } from './entities/bid.entity';
import { FrameworkAgreementEntity } from './entities/framework-agreement.entity';
import { LotEntity } from './entities/lot.entity';
import { TenderEntity } from './entities/tender.entity';
import { toAgreement } from './tender.mapper';
import { supplierAdmins } from './tender-recipients';
import { TenderLifecycleService } from './tender-lifecycle.service';
import { TenderClock } from './tender-clock';
import { AgreementQuery, ScoresDto } from './tenders.dto';
import { TenderException, TenderExceptionCode } from './tenders.exception';
import { assertTransition, TendersService } from './tenders.service';
import { BidsService } from './bids.service';
import { round2, weightedPoints } from './utils/price-score.util';
import { rankLot } from './utils/ranking.util';
import { copenhagenDate, standstillEndDate } from './utils/danish-holidays.util';

/** Everything the evaluation table, the award and the documents compute from. */
export interface EvaluationData {
  tender: TenderEntity;
  lots: LotEntity[];
  criteria: AwardCriterionEntity[];
  bids: BidEntity[];
  scores: BidScoreEntity[];
  supplierNames: Map<string, string>;
}

/** Scoring, the evaluation table, the award with its standstill letters, and the agreements list. */
@Injectable()
export class EvaluationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenant: TenantScope,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly clock: TenderClock,
    private readonly tenders: TendersService,
    private readonly bids: BidsService,
    private readonly lifecycle: TenderLifecycleService,
  ) {}

  async score(bidId: string, dto: ScoresDto): Promise<Evaluation> {
    const now = this.clock.now();
    const actor = RequestContext.actor()!;
    const tenderId = await this.dataSource.transaction(async (manager) => {
      // 404 unless the bid is opened and the caller's municipality's: nothing said about sealed bids.
      const bid = await this.bids.visibleBid(manager, bidId);
      const tender = await this.tenders.owned(bid.tenderId, manager);
      if (tender.status !== 'closed') {
        throw new TenderException(
          TenderExceptionCode.INVALID_STATE,
          `Tender ${tender.id} is ${tender.status}: scores can be given or changed only while it is closed (before the evaluation is completed).`,
        );
      }
      const criteria = await manager.find(AwardCriterionEntity, { where: { tenderId: tender.id } });
      const seen = new Set<string>();
      for (const [i, s] of dto.scores.entries()) {
        const criterion = criteria.find((c) => c.id === s.criterion || c.name.trim().toLowerCase() === s.criterion.trim().toLowerCase());
        if (!criterion) throw new TenderException(TenderExceptionCode.INVALID_INPUT, `scores.${i}.criterion: "${s.criterion}" is not a quality criterion of this tender.`);
        if (seen.has(criterion.id)) throw new TenderException(TenderExceptionCode.INVALID_INPUT, `scores.${i}.criterion: "${criterion.name}" is scored twice.`);
        seen.add(criterion.id);
        await manager
          .createQueryBuilder()
          .insert()
          .into(BidScoreEntity)
          .values({ tenderId: tender.id, bidId: bid.id, criterionId: criterion.id, municipalityCode: tender.municipalityCode, score: s.score, justification: s.justification, scoredByUserId: actor.userId, scoredAt: now })
          .orUpdate(['score', 'justification', 'scored_by_user_id', 'scored_at'], ['bid_id', 'criterion_id'])
          .execute();
      }
      await this.audit.record(manager, {
        action: 'tender.bid_scored',
        entityType: 'tender',
        entityId: tender.id,
        details: { bidId: bid.id, scores: dto.scores.map((s) => ({ criterion: s.criterion, score: s.score })) },
      });
      return tender.id;
    });
    return this.evaluation(tenderId);
  }

  /** The full table; for the owning municipality, once the bids are opened. */
  async evaluation(tenderId: string): Promise<Evaluation> {
    const tender = await this.tenant.repository(TenderEntity).get(tenderId, {}, 'Tender');
    if (!tender.openedAt) {
      throw new TenderException(
        TenderExceptionCode.BIDS_SEALED,
        `Tender ${tender.id} is ${tender.status}: the evaluation starts when the tender has closed at its bid deadline ${tender.bidDeadline.toISOString()}.`,
      );
    }
    return buildEvaluation(await this.load(this.dataSource.manager, tender));
  }

  async load(manager: EntityManager, tender: TenderEntity): Promise<EvaluationData> {
    const [lots, criteria, bids, scores] = await Promise.all([
      manager.find(LotEntity, { where: { tenderId: tender.id }, order: { number: 'ASC' } }),
      manager.find(AwardCriterionEntity, { where: { tenderId: tender.id }, order: { position: 'ASC' } }),
      // Opened bids only: nothing here can read a sealed one.
      tender.openedAt ? manager.find(BidEntity, { where: { tenderId: tender.id, status: 'submitted' } }) : Promise.resolve([]),
      tender.openedAt ? manager.find(BidScoreEntity, { where: { tenderId: tender.id } }) : Promise.resolve([]),
    ]);
    const opened = bids.filter((b) => b.openedAt && b.hourlyRate !== null);
    const suppliers = opened.length ? await manager.find(SupplierEntity, { select: { id: true, name: true }, where: { id: In([...new Set(opened.map((b) => b.supplierId))]) } }) : [];
    return { tender, lots, criteria, bids: opened, scores, supplierNames: new Map(suppliers.map((s) => [s.id, s.name])) };
  }

  /** closed → evaluated, once every quality answer of every bid has a score. */
  async complete(tenderId: string): Promise<TenderTransitionResult> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const tender = await this.tenders.owned(tenderId, manager);
      assertTransition(tender, 'evaluate');
      await this.markEvaluated(manager, tender, now, false);
    });
    return { tender: await this.tenders.get(tenderId), warnings: [] };
  }

  /** The evaluate transition inside the caller's transaction: 409 while a score is missing. */
  private async markEvaluated(manager: EntityManager, tender: TenderEntity, now: Date, byAward: boolean): Promise<void> {
    const evaluation = buildEvaluation(await this.load(manager, tender));
    if (evaluation.missingScores > 0) {
      throw new TenderException(
        TenderExceptionCode.EVALUATION_INCOMPLETE,
        `${evaluation.missingScores} score(s) are missing: score every quality criterion of every bid (GET /api/tenders/${tender.id}/evaluation shows which) before ${byAward ? 'awarding' : 'completing the evaluation'}.`,
      );
    }
    await manager.update(TenderEntity, { id: tender.id }, { status: 'evaluated', evaluatedAt: now });
    tender.status = 'evaluated';
    tender.evaluatedAt = now;
    await this.audit.record(manager, {
      action: 'tender.evaluated',
      entityType: 'tender',
      entityId: tender.id,
      details: { ranking: evaluation.lots.map((l) => ({ lotId: l.lotId, bidIds: l.ranking.map((r) => r.bidId) })), ...(byAward ? { completedByAward: true } : {}) },
    });
  }

  /**
   * evaluated → awarded: per lot the best `maxSuppliers` bids win, ranked. Framework agreements are
   * created in standstill, every bidder gets a standstill letter, and the agreements come into
   * force when the standstill ends (at once with 0 days). From closed, the evaluation is completed
   * first in the same transaction (API.md has no separate evaluate step), so both are audited.
   * A lot without bids gets no agreement and is named in `warnings`.
   */
  async award(tenderId: string): Promise<AwardResult> {
    const now = this.clock.now();
    const warnings: string[] = [];
    const agreementIds = await this.dataSource.transaction(async (manager) => {
      const tender = await this.tenders.owned(tenderId, manager);
      assertTransition(tender, 'award');
      if (tender.status === 'closed') await this.markEvaluated(manager, tender, now, true);
      const data = await this.load(manager, tender);
      const evaluation = buildEvaluation(data);
      const dispatchDate = copenhagenDate(now);
      const standstillEndsOn = standstillEndDate(dispatchDate, tender.standstillDays);
      const rows: Partial<FrameworkAgreementEntity>[] = [];
      for (const lot of evaluation.lots) {
        const lotEntity = data.lots.find((l) => l.id === lot.lotId)!;
        if (lot.ranking.length === 0) {
          warnings.push(`lots: lot ${lot.lotNumber} "${lot.title}" received no bids; no framework agreement is made for it.`);
        }
        for (const r of lot.ranking.filter((x) => x.winner)) {
          rows.push({
            tenderId,
            lotId: lot.lotId,
            bidId: r.bidId,
            supplierId: r.supplierId,
            municipalityCode: tender.municipalityCode,
            targetGroups: lotEntity.targetGroups,
            hourlyRate: r.hourlyRate,
            rank: r.rank,
            hourCeiling: lotEntity.hourCeiling,
            hoursUsed: 0,
            validFrom: tender.agreementStart,
            validTo: tender.agreementEnd,
            standstillEndsOn: tender.standstillDays > 0 ? standstillEndsOn : null,
            status: 'standstill',
          });
        }
      }
      const inserted = rows.length ? await manager.insert(FrameworkAgreementEntity, rows) : { identifiers: [] };
      await manager.update(TenderEntity, { id: tenderId }, { status: 'awarded', awardedAt: now, standstillEndsOn });
      await this.audit.record(manager, {
        action: 'tender.awarded',
        entityType: 'tender',
        entityId: tenderId,
        details: {
          agreements: rows.length,
          standstillEndsOn,
          winners: rows.map((r) => ({ lotId: r.lotId, bidId: r.bidId, rank: r.rank })),
          lotsWithoutBids: evaluation.lots.filter((l) => l.ranking.length === 0).map((l) => l.lotId),
        },
      });
      await this.sendStandstillLetters(manager, data, evaluation, standstillEndsOn);
      const awarded = { ...tender, status: 'awarded' as const, awardedAt: now, standstillEndsOn };
      if (tender.standstillDays === 0) await this.lifecycle.putInForce(manager, awarded, now);
      else afterCommit(manager, () => void this.lifecycle.scheduleInForce(awarded).catch(() => undefined));
      return inserted.identifiers.map((i) => i['id'] as string);
    });
    const agreements = await this.agreementDtos(await this.dataSource.getRepository(FrameworkAgreementEntity).find({ where: { id: In(agreementIds) }, order: { lotId: 'ASC', rank: 'ASC' } }));
    return { tender: await this.tenders.get(tenderId), agreements, warnings };
  }

  private async sendStandstillLetters(manager: EntityManager, data: EvaluationData, evaluation: Evaluation, standstillEndsOn: string): Promise<void> {
    const municipalityName = `${(await manager.findOneBy(MunicipalityEntity, { code: data.tender.municipalityCode }))?.name ?? data.tender.municipalityCode} Kommune`;
    const bidders = [...new Set(data.bids.map((b) => b.supplierId))];
    const admins = await supplierAdmins(manager, bidders);
    for (const supplierId of bidders) {
      const lots = evaluation.lots.flatMap((l) =>
        l.ranking
          .filter((r) => r.supplierId === supplierId)
          .map((r) => ({ title: `Delaftale ${l.lotNumber}: ${l.title}`, outcome: r.winner ? 'Tildelt rammeaftale' : 'Ikke tildelt', rank: r.rank, total: r.total.toFixed(2) })),
      );
      for (const admin of admins.filter((a) => a.supplierId === supplierId)) {
        await this.mail.queueMail(manager, admin.email, 'tender-standstill-letter', {
          supplierName: data.supplierNames.get(supplierId) ?? '',
          tenderTitle: data.tender.title,
          municipalityName,
          lots,
          standstillEndsOn,
          link: `${this.config.publicUrl}/api/tenders/${data.tender.id}/documents/standstill-letter?format=pdf`,
        });
      }
    }
  }

  async agreements(query: AgreementQuery): Promise<Page<Agreement>> {
    const qb = this.tenant.repository(FrameworkAgreementEntity).createQueryBuilder('a');
    // Cancelled agreements (a tender cancelled in its standstill) never came into force: listed only when asked for.
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    else qb.andWhere("a.status <> 'cancelled'");
    if (query.tenderId) qb.andWhere('a.tenderId = :tenderId', { tenderId: query.tenderId });
    if (query.targetGroup) qb.andWhere(':tg = ANY(a.targetGroups)', { tg: query.targetGroup });
    if (query.activeOn) qb.andWhere("a.status = 'in_force' AND a.validFrom <= :on AND a.validTo >= :on", { on: query.activeOn });
    const [rows, total] = await qb.orderBy('a.validFrom', 'DESC').addOrderBy('a.lotId', 'ASC').addOrderBy('a.rank', 'ASC').skip(query.offset).take(query.pageSize).getManyAndCount();
    return { items: await this.agreementDtos(rows), total, page: query.page, pageSize: query.pageSize };
  }

  async agreementDtos(rows: FrameworkAgreementEntity[]): Promise<Agreement[]> {
    if (rows.length === 0) return [];
    const m = this.dataSource.manager;
    const [tenders, lots, suppliers] = await Promise.all([
      m.find(TenderEntity, { select: { id: true, title: true }, where: { id: In([...new Set(rows.map((r) => r.tenderId))]) } }),
      m.find(LotEntity, { select: { id: true, title: true }, where: { id: In([...new Set(rows.map((r) => r.lotId))]) } }),
      m.find(SupplierEntity, { select: { id: true, name: true }, where: { id: In([...new Set(rows.map((r) => r.supplierId))]) } }),
    ]);
    return rows.map((a) =>
      toAgreement(a, {
        tenderTitle: tenders.find((t) => t.id === a.tenderId)?.title ?? '',
        lotTitle: lots.find((l) => l.id === a.lotId)?.title ?? '',
        supplierName: suppliers.find((s) => s.id === a.supplierId)?.name ?? '',
      }),
    );
  }

  /** For callers that must 404 on another tenant's agreement. */
  async agreement(id: string): Promise<Agreement> {
    const row = await this.tenant.repository(FrameworkAgreementEntity).get(id, {}, 'Agreement');
    const [dto] = await this.agreementDtos([row]);
    if (!dto) throw new NotFoundException(`Agreement ${id} was not found.`);
    return dto;
  }
}

/** Pure: the evaluation table from loaded data (also used by the documents and the bench). */
export function buildEvaluation(data: EvaluationData): Evaluation {
  const { tender, lots, criteria, bids, scores } = data;
  const scoresByBid = new Map<string, Map<string, BidScoreEntity>>();
  for (const s of scores) {
    let m = scoresByBid.get(s.bidId);
    if (!m) scoresByBid.set(s.bidId, (m = new Map()));
    m.set(s.criterionId, s);
  }
  let missing = 0;
  const lotRows: LotEvaluation[] = lots.map((lot) => {
    const lotBids = bids.filter((b) => b.lotId === lot.id);
    const ranked = rankLot(
      lotBids.map((b) => ({
        bidId: b.id,
        hourlyRate: b.hourlyRate as number,
        submittedAt: b.submittedAt,
        scores: new Map([...(scoresByBid.get(b.id)?.values() ?? [])].map((s) => [s.criterionId, s.score])),
      })),
      { priceModel: tender.priceModel, linearSlope: tender.linearSlope, priceWeight: tender.priceWeight, criteria },
    );
    const byId = new Map(lotBids.map((b) => [b.id, b]));
    return {
      lotId: lot.id,
      lotNumber: lot.number,
      title: lot.title,
      maxSuppliers: lot.maxSuppliers,
      lowestRate: lotBids.length ? Math.min(...lotBids.map((b) => b.hourlyRate as number)) : null,
      ranking: ranked.map((r) => {
        const bid = byId.get(r.bidId)!;
        const own = scoresByBid.get(r.bidId);
        const criterionScores: CriterionScore[] = criteria.map((c) => {
          const s = own?.get(c.id);
          if (!s) missing++;
          return { criterionId: c.id, criterion: c.name, weight: c.weight, score: s?.score ?? null, justification: s?.justification ?? null, points: s ? weightedPoints(c.weight, s.score) : null };
        });
        return {
          bidId: r.bidId,
          supplierId: bid.supplierId,
          supplierName: data.supplierNames.get(bid.supplierId) ?? '',
          hourlyRate: bid.hourlyRate as number,
          submittedAt: bid.submittedAt.toISOString(),
          pricePoints: round2(r.pricePoints),
          priceScore: round2(r.priceScore),
          qualityScore: round2(r.qualityScore),
          total: round2(r.total),
          rank: r.rank,
          winner: r.rank <= lot.maxSuppliers,
          complete: r.complete,
          scores: criterionScores,
        };
      }),
    };
  });
  return { tenderId: tender.id, status: tender.status, priceModel: tender.priceModel, linearSlope: tender.linearSlope, priceWeight: tender.priceWeight, missingScores: missing, lots: lotRows };
}
