/**
 * The matching engine: pure scoring functions over candidates (no I/O, no framework), shared by the
 * API and the browser. The version is stored with every ranking so it can be traced to the engine
 * that made it; bump it whenever a formula, filter or ordering changes.
 */
export const MATCHING_ENGINE_VERSION = '1';

export * from './lib/model';
export {
  baseScore,
  capacityComponent,
  clamp01,
  competenceComponent,
  distanceComponent,
  effectiveMaxTravelKm,
  levelOf,
  outcomeComponent,
  preferenceComponent,
  priceComponent,
  qualityComponent,
  qualitySource,
  scoreCandidate,
  scoreComponents,
  speaksAny,
  weightedScore,
} from './lib/components';
export { applyHardFilters, emptyFilterCounts, failedFilter } from './lib/filters';
export type { FilterOutcome } from './lib/filters';
export { compareMatches, rankCandidates } from './lib/rank';
export { describeFilters, explain } from './lib/explain';
export type { ExplainLanguage } from './lib/explain';
export { TopK } from './lib/top-k';
export type { RankedIdentity, RankedIdentityColumns } from './lib/top-k';
export { CandidatePool } from './lib/pool';
