import { aCandidate, aProfile } from '../testing/builders';
import { applyHardFilters, failedFilter } from './filters';
import { FilterName, MatchCandidate, MatchRequestProfile } from './model';

describe('hard filters', () => {
  const severe = aProfile({ needs: [{ code: 'psychiatric', severity: 3 }, { code: 'family', severity: 2 }] });

  it.each<[string, MatchRequestProfile, Partial<MatchCandidate>, FilterName | null]>([
    ['an active mentor with room passes', aProfile(), {}, null],
    ['inactive', aProfile(), { active: false }, 'inactive'],
    ['free hours below the request (20 − 16 = 4 < 5)', aProfile(), { hoursInUse: 16 }, 'capacity'],
    ['free hours exactly the request (20 − 15 = 5) pass', aProfile(), { hoursInUse: 15 }, null],
    ['capacity below hours in use', aProfile(), { weeklyCapacityHours: 4, hoursInUse: 6 }, 'capacity'],
    ['required language not spoken', aProfile({ languages: ['ar', 'so'], requireLanguage: true }), { languages: ['da'] }, 'language'],
    ['one of the required languages spoken', aProfile({ languages: ['ar', 'da'], requireLanguage: true }), { languages: ['da'] }, null],
    ['a preferred, not required, language is no filter', aProfile({ languages: ['ar'] }), { languages: ['da'] }, null],
    ['a required language with none listed is no filter', aProfile({ languages: [], requireLanguage: true }), { languages: [] }, null],
    ['required certificate not valid on the start date', aProfile({ requiredCertificates: ['criminal_record'] }), { certificatesValidOnStart: [] }, 'certificates'],
    [
      'one of two required certificates missing',
      aProfile({ requiredCertificates: ['criminal_record', 'child_certificate'] }),
      { certificatesValidOnStart: ['criminal_record'] },
      'certificates',
    ],
    ['severe need covered at level 1 only', severe, { competences: { psychiatric: 1 } }, 'severeNeeds'],
    ['severe need not covered at all', severe, { competences: { family: 3 } }, 'severeNeeds'],
    ['severe need covered at level 2 (the moderate need need not be)', severe, { competences: { psychiatric: 2 } }, null],
    ['beyond the travel limit', aProfile(), { distanceKm: 40.5, maxTravelKm: 40 }, 'distance'],
    ['exactly at the travel limit', aProfile(), { distanceKm: 40, maxTravelKm: 40 }, null],
    ['beyond the default 40 km when no limit is set', aProfile(), { distanceKm: 41, maxTravelKm: 0 }, 'distance'],
    ['an unknown distance', aProfile(), { distanceKm: Number.NaN }, 'distance'],
    ['several failures count under the first (inactive before capacity)', aProfile(), { active: false, hoursInUse: 20 }, 'inactive'],
  ])('%s', (_name, profile, overrides, expected) => {
    expect(failedFilter(profile, aCandidate(overrides))).toBe(expected);
  });

  it('counts removals per filter and keeps the rest in input order', () => {
    const profile = aProfile({
      needs: [{ code: 'youth_crime', severity: 3 }],
      languages: ['da'],
      requireLanguage: true,
      requiredCertificates: ['criminal_record'],
    });
    const ok = { competences: { youth_crime: 2 as const } };
    const candidates = [
      aCandidate({ ...ok, mentorId: 'keep-1' }),
      aCandidate({ ...ok, mentorId: 'inactive', active: false }),
      aCandidate({ ...ok, mentorId: 'full-1', hoursInUse: 18 }),
      aCandidate({ ...ok, mentorId: 'full-2', hoursInUse: 20 }),
      aCandidate({ ...ok, mentorId: 'english', languages: ['en'] }),
      aCandidate({ ...ok, mentorId: 'no-record', certificatesValidOnStart: [] }),
      aCandidate({ mentorId: 'basic', competences: { youth_crime: 1 } }),
      aCandidate({ ...ok, mentorId: 'far', distanceKm: 80 }),
      aCandidate({ ...ok, mentorId: 'keep-2' }),
    ];
    const { kept, removed } = applyHardFilters(profile, candidates);
    expect(kept.map((c) => c.mentorId)).toEqual(['keep-1', 'keep-2']);
    expect(removed).toEqual({ inactive: 1, capacity: 2, language: 1, certificates: 1, severeNeeds: 1, distance: 1 });
  });
});
