import { effectiveMaxTravelKm, speaksAny } from './components';
import { FILTER_NAMES, FilterName, MatchCandidate, MatchRequestProfile } from './model';

// The database applies the same filters in SQL first; the engine applies them again so that no
// caller (a stale cache, a hand-built candidate list) can get a mentor without capacity.

/** Index into FILTER_NAMES of the first hard filter the candidate fails, or -1 when it passes all. */
export function failedFilterIndex(profile: MatchRequestProfile, candidate: MatchCandidate): number {
  // inactive
  if (candidate.active !== true) return 0;
  // capacity: free weekly hours must cover the requested hours (NaN fails)
  if (!(candidate.weeklyCapacityHours - candidate.hoursInUse >= profile.hoursPerWeek)) return 1;
  // language: only when the language is required and the request names languages
  if (profile.requireLanguage && profile.languages.length > 0 && !speaksAny(profile.languages, candidate.languages)) return 2;
  // certificates: every required certificate valid on the start date
  const required = profile.requiredCertificates;
  if (required.length > 0) {
    const valid = candidate.certificatesValidOnStart;
    for (let i = 0; i < required.length; i++) {
      let found = false;
      for (let j = 0; j < valid.length; j++) {
        if (valid[j] === required[i]) {
          found = true;
          break;
        }
      }
      if (!found) return 3;
    }
  }
  // severeNeeds: every need of severity 3 covered at level 2 or more
  const needs = profile.needs;
  for (let i = 0; i < needs.length; i++) {
    if (needs[i].severity >= 3 && !(candidate.competences[needs[i].code] >= 2)) return 4;
  }
  // distance: within the mentor's travel limit (NaN fails)
  if (!(candidate.distanceKm <= effectiveMaxTravelKm(candidate.maxTravelKm))) return 5;
  return -1;
}

/** The first hard filter the candidate fails, or null when it is eligible. */
export function failedFilter(profile: MatchRequestProfile, candidate: MatchCandidate): FilterName | null {
  const index = failedFilterIndex(profile, candidate);
  return index < 0 ? null : FILTER_NAMES[index];
}

export function emptyFilterCounts(): Record<FilterName, number> {
  return { inactive: 0, capacity: 0, language: 0, certificates: 0, severeNeeds: 0, distance: 0 };
}

export interface FilterOutcome<C extends MatchCandidate = MatchCandidate> {
  kept: C[];
  /** Removed candidates per filter; each is counted once, under the first filter it fails. */
  removed: Record<FilterName, number>;
}

/** Applies the hard filters; kept.length + Σ removed = candidates.length, and kept keeps input order. */
export function applyHardFilters<C extends MatchCandidate>(profile: MatchRequestProfile, candidates: readonly C[]): FilterOutcome<C> {
  const kept: C[] = [];
  const counts = new Int32Array(FILTER_NAMES.length);
  for (let i = 0; i < candidates.length; i++) {
    const index = failedFilterIndex(profile, candidates[i]);
    if (index < 0) kept.push(candidates[i]);
    else counts[index]++;
  }
  return { kept, removed: countsToRecord(counts) };
}

export function countsToRecord(counts: Int32Array): Record<FilterName, number> {
  const removed = emptyFilterCounts();
  for (let i = 0; i < FILTER_NAMES.length; i++) removed[FILTER_NAMES[i]] = counts[i];
  return removed;
}
