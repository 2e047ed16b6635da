import type { AllocationModel, PriceModel, Tender, TenderInput } from '@mentor/contracts';
import type { TargetGroup } from '@mentor/contracts';
import { DEFAULT_STANDSTILL_DAYS, fromLocalInput, toLocalInput } from './tender-rules';

/** The wizard's form value: the API's body, with `datetime-local` strings for the deadlines. Framework-free. */
export interface LotFormValue {
  title: string;
  description: string;
  targetGroups: TargetGroup[];
  requiredCompetences: string[];
  estimatedHoursPerYear: number | null;
  maxSuppliers: number | null;
  hourCeiling: number | null;
}

export interface CriterionFormValue {
  name: string;
  weight: number | null;
  description: string;
}

export interface TenderFormValue {
  title: string;
  description: string;
  estimatedValue: number | null;
  lots: LotFormValue[];
  priceWeight: number | null;
  criteria: CriterionFormValue[];
  priceModel: PriceModel;
  linearSlope: number | null;
  allocationModel: AllocationModel;
  questionDeadline: string;
  bidDeadline: string;
  standstillDays: number | null;
  agreementStart: string;
  agreementEnd: string;
}

export const emptyLot = (): LotFormValue => ({
  title: '',
  description: '',
  targetGroups: [],
  requiredCompetences: [],
  estimatedHoursPerYear: null,
  maxSuppliers: 3,
  hourCeiling: null,
});

export const emptyCriterion = (weight: number | null = null): CriterionFormValue => ({ name: '', weight, description: '' });

const num = (v: number | null): number => (v === null || v === undefined ? NaN : Number(v));

export function toTenderInput(v: TenderFormValue): TenderInput {
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    lots: v.lots.map((l) => ({
      title: l.title.trim(),
      ...(l.description.trim() ? { description: l.description.trim() } : {}),
      targetGroups: l.targetGroups,
      requiredCompetences: l.requiredCompetences,
      estimatedHoursPerYear: num(l.estimatedHoursPerYear),
      maxSuppliers: num(l.maxSuppliers),
      hourCeiling: num(l.hourCeiling),
    })),
    criteria: v.criteria.map((c) => ({
      name: c.name.trim(),
      weight: num(c.weight),
      ...(c.description.trim() ? { description: c.description.trim() } : {}),
    })),
    priceWeight: num(v.priceWeight),
    priceModel: v.priceModel,
    ...(v.priceModel === 'linear' && v.linearSlope !== null ? { linearSlope: Number(v.linearSlope) } : {}),
    allocationModel: v.allocationModel,
    ...(v.estimatedValue !== null && `${v.estimatedValue}` !== '' ? { estimatedValue: Number(v.estimatedValue) } : {}),
    questionDeadline: fromLocalInput(v.questionDeadline),
    bidDeadline: fromLocalInput(v.bidDeadline),
    standstillDays: v.standstillDays === null ? DEFAULT_STANDSTILL_DAYS : Number(v.standstillDays),
    agreementStart: v.agreementStart,
    agreementEnd: v.agreementEnd,
  };
}

export function toFormValue(t: Tender): TenderFormValue {
  return {
    title: t.title,
    description: t.description,
    estimatedValue: t.estimatedValue,
    lots: t.lots.map((l) => ({
      title: l.title,
      description: l.description ?? '',
      targetGroups: [...l.targetGroups],
      requiredCompetences: [...l.requiredCompetences],
      estimatedHoursPerYear: l.estimatedHoursPerYear,
      maxSuppliers: l.maxSuppliers,
      hourCeiling: l.hourCeiling,
    })),
    priceWeight: t.priceWeight,
    criteria: t.criteria.map((c) => ({ name: c.name, weight: c.weight, description: c.description ?? '' })),
    priceModel: t.priceModel,
    linearSlope: t.linearSlope ?? 1,
    allocationModel: t.allocationModel,
    questionDeadline: toLocalInput(t.questionDeadline),
    bidDeadline: toLocalInput(t.bidDeadline),
    standstillDays: t.standstillDays,
    agreementStart: t.agreementStart,
    agreementEnd: t.agreementEnd,
  };
}

export const WIZARD_STEPS = ['basics', 'lots', 'criteria', 'models', 'timeline'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** Which step shows a body path (`lots.0.title` → lots), so a server error opens the right step. */
export function stepOfPath(path: string): number {
  const head = path.split(/[.[]/)[0];
  if (head === 'lots') return 1;
  if (head === 'criteria' || head === 'priceWeight') return 2;
  if (head === 'priceModel' || head === 'linearSlope' || head === 'allocationModel') return 3;
  if (['questionDeadline', 'bidDeadline', 'standstillDays', 'agreementStart', 'agreementEnd'].includes(head)) return 4;
  return 0;
}
