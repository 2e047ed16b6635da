import { MatchCandidate, MatchRequestProfile } from '../lib/model';

// Test builders: a plain, eligible candidate and request that each test changes only where it
// matters, so the hand-computed numbers in the tests follow from these defaults.

/**
 * Defaults give: quality 0.8 (mentor's), outcome 0.6, distance 1 − 10/40 = 0.75,
 * capacity (20 − 0 − 5)/20 = 0.75 for a 5-hour request, price 1 when every rate is 500.
 */
export function aCandidate(overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    mentorId: 'm-1',
    supplierId: 's-1',
    supplierRank: 1,
    hourlyRate: 500,
    competences: {},
    languages: ['da'],
    gender: 'female',
    weeklyCapacityHours: 20,
    hoursInUse: 0,
    distanceKm: 10,
    maxTravelKm: 40,
    certificatesValidOnStart: ['criminal_record'],
    active: true,
    mentorQuality: 0.8,
    supplierQuality: 0.7,
    supplierOutcome: 0.6,
    ...overrides,
  };
}

/** A 5-hour request with no needs, no preferences and no required certificates. */
export function aProfile(overrides: Partial<MatchRequestProfile> = {}): MatchRequestProfile {
  return {
    needs: [],
    languages: [],
    requireLanguage: false,
    hoursPerWeek: 5,
    startDate: '2026-03-02',
    requiredCertificates: [],
    ...overrides,
  };
}
