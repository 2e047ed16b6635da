import { CompetenceLevel, Gender, NeedSeverity } from '@mentor/contracts';

/** One need of the citizen: a competence code from the shared taxonomy and how severe it is. */
export interface MatchNeed {
  code: string;
  severity: NeedSeverity;
}

/** The pseudonymous profile and the request, as far as matching needs them. */
export interface MatchRequestProfile {
  needs: MatchNeed[];
  /** Preferred languages (ISO 639-1); at least one must be spoken when `requireLanguage`. */
  languages: string[];
  requireLanguage: boolean;
  genderPreference?: 'female' | 'male';
  hoursPerWeek: number;
  /** ISO date; the database resolves agreements and certificates against it before the engine runs. */
  startDate: string;
  /** The citizen's earlier mentor, when this request continues a course. */
  previousMentorId?: string;
  /** Certificate kinds that must be valid on the start date, e.g. ['criminal_record']. */
  requiredCertificates: string[];
}

/** A mentor as the database hands it to the engine, with the supplier's agreement and track record. */
export interface MatchCandidate {
  mentorId: string;
  supplierId: string;
  mentorName?: string;
  supplierName?: string;
  /** Award rank of the supplier's framework agreement for this lot, 1 = best. */
  supplierRank: number;
  hourlyRate: number;
  competences: Record<string, CompetenceLevel>;
  languages: string[];
  gender: Gender;
  weeklyCapacityHours: number;
  hoursInUse: number;
  distanceKm: number;
  /** How far the mentor travels; the database fills in DEFAULT_MAX_TRAVEL_KM when unset. */
  maxTravelKm: number;
  /** Certificate kinds that are valid on the request's start date. */
  certificatesValidOnStart: string[];
  active: boolean;
  /** Reporting-quality score in [0, 1], smoothed for small numbers; null when unknown. */
  mentorQuality: number | null;
  supplierQuality: number | null;
  /** Smoothed share of the supplier's finished courses with job or education; null when unknown. */
  supplierOutcome: number | null;
}

export const COMPONENT_NAMES = ['competence', 'quality', 'outcome', 'distance', 'price', 'capacity', 'preference'] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];

export type MatchWeights = Record<ComponentName, number>;
export type MatchComponents = Record<ComponentName, number>;

/** The default weights of DESIGN.md; a municipality may configure its own (validated by validateWeights). */
export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  competence: 0.4,
  quality: 0.2,
  outcome: 0.1,
  distance: 0.1,
  price: 0.1,
  capacity: 0.05,
  preference: 0.05,
});

/** Used when a candidate's maxTravelKm is missing or not a positive number. */
export const DEFAULT_MAX_TRAVEL_KM = 40;
/** Quality and outcome of a mentor or supplier with no history yet: neither rewarded nor punished. */
export const NEUTRAL_PRIOR = 0.5;
export const DEFAULT_LIMIT = 20;

const WEIGHT_SUM_TOLERANCE = 1e-9;

/** Lists what is wrong with a set of weights (each in [0, 1], summing to 1); empty when valid. */
export function validateWeights(weights: Partial<Record<string, unknown>> | null | undefined): string[] {
  if (weights === null || typeof weights !== 'object') return ['weights must be an object'];
  const problems: string[] = [];
  let sum = 0;
  for (const name of COMPONENT_NAMES) {
    const value = weights[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`${name}: must be a number in [0, 1], got ${String(value)}`);
    } else if (value < 0 || value > 1) {
      problems.push(`${name}: must be in [0, 1], got ${value}`);
    } else {
      sum += value;
    }
  }
  for (const name of Object.keys(weights)) {
    if (!(COMPONENT_NAMES as readonly string[]).includes(name)) problems.push(`${name}: is not a matching component`);
  }
  if (problems.length === 0 && Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    problems.push(`weights must sum to 1, got ${sum}`);
  }
  return problems;
}

/**
 * `cascade`: the award rank orders the suppliers, the score orders mentors within a supplier.
 * `objective_criteria`: the score alone orders all mentors.
 */
export type AllocationModel = 'cascade' | 'objective_criteria';
export const ALLOCATION_MODELS: readonly AllocationModel[] = ['cascade', 'objective_criteria'];

/** The hard filters in the order they are checked; a removed mentor is counted under the first it fails. */
export const FILTER_NAMES = ['inactive', 'capacity', 'language', 'certificates', 'severeNeeds', 'distance'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** Per need: the mentor's level in that competence (0 when the mentor lacks it). */
export interface NeedCoverage {
  code: string;
  severity: NeedSeverity;
  level: 0 | CompetenceLevel;
}

/** The facts behind the components, so a result can be explained without the inputs. */
export interface MatchDetails {
  needs: NeedCoverage[];
  qualitySource: 'mentor' | 'supplier' | 'prior';
  outcomeKnown: boolean;
  maxTravelKm: number;
  lowestHourlyRate: number;
  weeklyCapacityHours: number;
  hoursPerWeek: number;
  /** Each applicable preference part and whether it is met; absent parts did not apply. */
  preference: { gender?: boolean; language?: boolean; continuity?: boolean };
}

export interface MatchResult {
  mentorId: string;
  supplierId: string;
  mentorName?: string;
  supplierName?: string;
  /** Σ weight × component, in [0, 1]. */
  score: number;
  /** 1-based position in the ranking. */
  rank: number;
  components: MatchComponents;
  weights: Readonly<MatchWeights>;
  distanceKm: number;
  hourlyRate: number;
  supplierRank: number;
  /** Free weekly hours before this request (weeklyCapacityHours − hoursInUse). */
  freeCapacityHours: number;
  details: MatchDetails;
}

export interface RankOptions {
  weights?: MatchWeights;
  allocation: AllocationModel;
  limit?: number;
}

export interface RankResult {
  items: MatchResult[];
  /** Candidates handed to the engine, before its filters. */
  candidates: number;
  /** Candidates removed per hard filter; the database may merge its own counts in. */
  filtered: Record<string, number>;
  /** Candidates that passed every filter and were scored (candidates − Σ filtered). */
  eligible: number;
}
