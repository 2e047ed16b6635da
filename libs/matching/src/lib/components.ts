import {
  DEFAULT_MAX_TRAVEL_KM,
  MatchCandidate,
  MatchComponents,
  MatchNeed,
  MatchRequestProfile,
  MatchWeights,
  NEUTRAL_PRIOR,
} from './model';

// Each component maps a candidate to [0, 1]. They are written as plain loops over small arrays and
// allocate nothing, because rankCandidates calls them for every candidate (see rank.ts).

/** Clamps to [0, 1]; NaN becomes 0. */
export function clamp01(value: number): number {
  return value > 1 ? 1 : value >= 0 ? value : 0;
}

/** A usable score: present and not NaN (out-of-range values are clamped by the caller). */
function known(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && value === value;
}

/** The mentor's level in a competence as 0–3 (0 when absent; anything above 3 counts as 3). */
export function levelOf(competences: Readonly<Record<string, number>>, code: string): number {
  const level = competences[code];
  // The typeof check keeps undefined out of the comparisons, so they stay numeric in optimised code.
  if (typeof level !== 'number') return 0;
  return level > 3 ? 3 : level > 0 ? level : 0;
}

/**
 * competence = Σ severity × min(level, 3) / 3 over the needs ÷ Σ severity.
 * A specialist (level 3) in every need scores 1; severe needs weigh three times light ones.
 * No needs → 1 (nothing to miss).
 */
export function competenceComponent(needs: readonly MatchNeed[], competences: Readonly<Record<string, number>>): number {
  let weighted = 0;
  let total = 0;
  for (let i = 0; i < needs.length; i++) {
    const need = needs[i];
    const severity = need.severity > 0 ? need.severity : 0;
    weighted += severity * levelOf(competences, need.code);
    total += severity;
  }
  return total > 0 ? clamp01(weighted / (3 * total)) : 1;
}

/**
 * quality = the mentor's reporting quality, else the supplier's, else the neutral prior 0.5,
 * so a newcomer is neither rewarded nor punished for having no reports yet.
 */
export function qualityComponent(mentorQuality: number | null, supplierQuality: number | null): number {
  if (known(mentorQuality)) return clamp01(mentorQuality);
  if (known(supplierQuality)) return clamp01(supplierQuality);
  return NEUTRAL_PRIOR;
}

/** Where the quality component came from, for the explanation. */
export function qualitySource(mentorQuality: number | null, supplierQuality: number | null): 'mentor' | 'supplier' | 'prior' {
  return known(mentorQuality) ? 'mentor' : known(supplierQuality) ? 'supplier' : 'prior';
}

export function isKnownScore(value: number | null | undefined): value is number {
  return known(value);
}

/** outcome = the supplier's smoothed share of finished courses with job or education, else 0.5. */
export function outcomeComponent(supplierOutcome: number | null): number {
  return known(supplierOutcome) ? clamp01(supplierOutcome) : NEUTRAL_PRIOR;
}

/** The travel limit that applies: the mentor's own when positive, else the default 40 km. */
export function effectiveMaxTravelKm(maxTravelKm: number): number {
  return maxTravelKm > 0 && maxTravelKm !== Infinity ? maxTravelKm : DEFAULT_MAX_TRAVEL_KM;
}

/** distance = max(0, 1 − distanceKm / maxTravelKm): 1 at the citizen's postcode, 0 at the limit. */
export function distanceComponent(distanceKm: number, maxTravelKm: number): number {
  return clamp01(1 - distanceKm / effectiveMaxTravelKm(maxTravelKm));
}

/**
 * price = lowest hourly rate among the candidates being scored ÷ this candidate's rate (the
 * proportional price model of the tender). The lowest rate is taken over positive rates; a rate of
 * 0 cannot be undercut and scores 1; a negative or missing rate is bad data and scores 0.
 */
export function priceComponent(lowestRate: number, hourlyRate: number): number {
  if (hourlyRate > 0) return clamp01(lowestRate / hourlyRate);
  return hourlyRate === 0 ? 1 : 0;
}

/**
 * capacity = (weeklyCapacityHours − hoursInUse − hoursPerWeek) ÷ weeklyCapacityHours, clamped to
 * [0, 1]: the share of the mentor's week still free after this request, which spreads work out.
 */
export function capacityComponent(weeklyCapacityHours: number, hoursInUse: number, hoursPerWeek: number): number {
  if (!(weeklyCapacityHours > 0)) return 0;
  return clamp01((weeklyCapacityHours - hoursInUse - hoursPerWeek) / weeklyCapacityHours);
}

/** Whether the mentor speaks at least one of the preferred languages. */
export function speaksAny(preferred: readonly string[], spoken: readonly string[]): boolean {
  for (let i = 0; i < preferred.length; i++) {
    const language = preferred[i];
    for (let j = 0; j < spoken.length; j++) if (spoken[j] === language) return true;
  }
  return false;
}

/**
 * preference = mean of the parts that apply: gender preference met (when one is given), a preferred
 * language spoken (when languages are given), continuity (mentorId = previousMentorId, when given).
 * No part applies → 1.
 */
export function preferenceComponent(profile: MatchRequestProfile, candidate: MatchCandidate): number {
  let parts = 0;
  let met = 0;
  if (profile.genderPreference !== undefined) {
    parts++;
    if (candidate.gender === profile.genderPreference) met++;
  }
  if (profile.languages.length > 0) {
    parts++;
    if (speaksAny(profile.languages, candidate.languages)) met++;
  }
  if (profile.previousMentorId !== undefined) {
    parts++;
    if (candidate.mentorId === profile.previousMentorId) met++;
  }
  return parts > 0 ? met / parts : 1;
}

/** All components of one candidate; lowestRate is the lowest hourly rate among the candidates scored. */
export function scoreComponents(profile: MatchRequestProfile, candidate: MatchCandidate, lowestRate: number): MatchComponents {
  return {
    competence: competenceComponent(profile.needs, candidate.competences),
    quality: qualityComponent(candidate.mentorQuality, candidate.supplierQuality),
    outcome: outcomeComponent(candidate.supplierOutcome),
    distance: distanceComponent(candidate.distanceKm, candidate.maxTravelKm),
    price: priceComponent(lowestRate, candidate.hourlyRate),
    capacity: capacityComponent(candidate.weeklyCapacityHours, candidate.hoursInUse, profile.hoursPerWeek),
    preference: preferenceComponent(profile, candidate),
  };
}

/**
 * score = Σ weight × component, clamped to [0, 1] against rounding. The price term is added last:
 * it is the only one that depends on the other candidates (through the lowest rate), so
 * rankCandidates computes the rest in its single pass over the candidates and adds price after.
 * Every path sums in this order, so they give bit-identical scores.
 */
export function weightedScore(components: MatchComponents, weights: Readonly<MatchWeights>): number {
  const base =
    weights.competence * components.competence +
    weights.quality * components.quality +
    weights.outcome * components.outcome +
    weights.distance * components.distance +
    weights.capacity * components.capacity +
    weights.preference * components.preference;
  return clamp01(base + weights.price * components.price);
}

/** Σ weight × component over every component but price, without building the components object. */
export function baseScore(profile: MatchRequestProfile, candidate: MatchCandidate, weights: Readonly<MatchWeights>): number {
  return (
    weights.competence * competenceComponent(profile.needs, candidate.competences) +
    weights.quality * qualityComponent(candidate.mentorQuality, candidate.supplierQuality) +
    weights.outcome * outcomeComponent(candidate.supplierOutcome) +
    weights.distance * distanceComponent(candidate.distanceKm, candidate.maxTravelKm) +
    weights.capacity * capacityComponent(candidate.weeklyCapacityHours, candidate.hoursInUse, profile.hoursPerWeek) +
    weights.preference * preferenceComponent(profile, candidate)
  );
}

/** The score of one candidate; lowestRate is the lowest positive hourly rate among those scored. */
export function scoreCandidate(
  profile: MatchRequestProfile,
  candidate: MatchCandidate,
  lowestRate: number,
  weights: Readonly<MatchWeights>,
): number {
  return clamp01(baseScore(profile, candidate, weights) + weights.price * priceComponent(lowestRate, candidate.hourlyRate));
}
