import { Agreement, Criterion, Lot, Question, Tender } from '@mentor/contracts';

import { AwardCriterionEntity } from './entities/award-criterion.entity';
import { FrameworkAgreementEntity } from './entities/framework-agreement.entity';
import { LotEntity } from './entities/lot.entity';
import { TenderQuestionEntity } from './entities/tender-question.entity';
import { TenderEntity } from './entities/tender.entity';

export interface TenderParts {
  lots: LotEntity[];
  criteria: AwardCriterionEntity[];
  municipalityName: string;
  /** Only after opening; null before (sealed). */
  bidCount: number | null;
  lightRegimeThresholdDkk: number;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toLot(l: LotEntity): Lot {
  return {
    id: l.id,
    number: l.number,
    title: l.title,
    description: l.description,
    targetGroups: l.targetGroups,
    requiredCompetences: l.requiredCompetences,
    estimatedHoursPerYear: l.estimatedHoursPerYear,
    maxSuppliers: l.maxSuppliers,
    hourCeiling: l.hourCeiling,
  };
}

export function toCriterion(c: AwardCriterionEntity): Criterion {
  return { id: c.id, name: c.name, weight: c.weight, description: c.description };
}

export function toTender(t: TenderEntity, parts: TenderParts): Tender {
  return {
    id: t.id,
    municipalityCode: t.municipalityCode,
    municipalityName: parts.municipalityName,
    status: t.status,
    title: t.title,
    description: t.description,
    lots: [...parts.lots].sort((a, b) => a.number - b.number).map(toLot),
    criteria: [...parts.criteria].sort((a, b) => a.position - b.position).map(toCriterion),
    priceWeight: t.priceWeight,
    priceModel: t.priceModel,
    linearSlope: t.linearSlope,
    allocationModel: t.allocationModel,
    estimatedValue: t.estimatedValue,
    needsEuNotice: t.estimatedValue !== null && t.estimatedValue > parts.lightRegimeThresholdDkk,
    questionDeadline: t.questionDeadline.toISOString(),
    bidDeadline: t.bidDeadline.toISOString(),
    standstillDays: t.standstillDays,
    agreementStart: t.agreementStart,
    agreementEnd: t.agreementEnd,
    publishedAt: iso(t.publishedAt),
    closedAt: iso(t.closedAt),
    evaluatedAt: iso(t.evaluatedAt),
    awardedAt: iso(t.awardedAt),
    standstillEndsOn: t.standstillEndsOn,
    inForceAt: iso(t.inForceAt),
    cancelledAt: iso(t.cancelledAt),
    cancelReason: t.cancelReason,
    bidCount: t.openedAt ? parts.bidCount : null,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

export function toQuestion(q: TenderQuestionEntity, callerSupplierId: string | null): Question {
  return {
    id: q.id,
    tenderId: q.tenderId,
    text: q.text,
    answer: q.answer,
    askedAt: q.askedAt.toISOString(),
    answeredAt: iso(q.answeredAt),
    askedByMe: callerSupplierId !== null && q.askedBySupplierId === callerSupplierId,
  };
}

export function toAgreement(a: FrameworkAgreementEntity, names: { tenderTitle: string; lotTitle: string; supplierName: string }): Agreement {
  return {
    id: a.id,
    tenderId: a.tenderId,
    tenderTitle: names.tenderTitle,
    lotId: a.lotId,
    lotTitle: names.lotTitle,
    supplierId: a.supplierId,
    supplierName: names.supplierName,
    municipalityCode: a.municipalityCode,
    targetGroups: a.targetGroups,
    hourlyRate: a.hourlyRate,
    rank: a.rank,
    hourCeiling: a.hourCeiling,
    hoursUsed: a.hoursUsed,
    validFrom: a.validFrom,
    validTo: a.validTo,
    standstillEndsOn: a.standstillEndsOn,
    status: a.status,
  };
}
