import { aCandidate } from '../testing/builders';
import { CandidatePool } from './pool';

describe('CandidatePool', () => {
  it('gives back each candidate it was built from', () => {
    const candidates = [
      aCandidate({ mentorId: 'm-1', competences: { youth_crime: 3, family: 1 }, languages: ['da', 'ar'], certificatesValidOnStart: ['criminal_record'] }),
      aCandidate({ mentorId: 'm-2', mentorName: 'Mentor 2', supplierName: 'Supplier', mentorQuality: null, supplierOutcome: null, active: false, languages: [], certificatesValidOnStart: [] }),
    ];
    const pool = CandidatePool.from(candidates);
    expect(pool.length).toBe(2);
    expect(pool.candidate(0)).toEqual(candidates[0]);
    expect(pool.candidate(1)).toEqual(candidates[1]);
  });

  it('keeps levels as the engine reads them: missing is 0, above 3 counts as 3', () => {
    const pool = CandidatePool.from([aCandidate({ competences: { youth_crime: 5 as 3 } }), aCandidate({ competences: {} })]);
    expect([...pool.levelsOf('youth_crime')!]).toEqual([3, 0]);
    expect(pool.levelsOf('family')).toBeUndefined();
  });

  it('assigns one bit per language and refuses a 33rd', () => {
    const pool = new CandidatePool(1);
    expect(pool.languageBit('da')).toBe(1);
    expect(pool.languageBit('en')).toBe(2);
    expect(pool.languageBit('da')).toBe(1);
    for (let i = 2; i < 32; i++) pool.languageBit(`l${i}`);
    expect(pool.languageBit('l31')).toBe(2 ** 31);
    expect(() => pool.languageBit('one-too-many')).toThrow(RangeError);
  });

  it('starts every candidate active with unknown quality and outcome', () => {
    const pool = new CandidatePool(3);
    expect([...pool.active]).toEqual([1, 1, 1]);
    expect([...pool.mentorQuality].every(Number.isNaN)).toBe(true);
  });
});
