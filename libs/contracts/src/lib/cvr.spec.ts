import { compactCvr, cvrProblem, isValidCvr } from './cvr';

describe('CVR modulus-11 check', () => {
  it.each([
    ['35121005', true], // demo supplier
    ['41871008', true],
    ['29641005', true],
    ['10150817', true], // real-format number with a valid check
    ['35121006', false], // check digit one off
    ['35121004', false],
    ['41871007', false],
    ['41871009', false],
    ['3512100', false], // 7 digits
    ['351210055', false], // 9 digits
    ['05121005', false], // leading zero is never issued
    ['3512100a', false],
    [' 35121005', false],
    ['', false],
  ])('%s valid: %p', (cvr, valid) => {
    expect(isValidCvr(cvr)).toBe(valid);
  });

  it.each([
    ['3512 1005', '35121005'],
    ['35 12 10 05', '35121005'],
    [' 35121005\t', '35121005'],
    ['35121005', '35121005'],
  ])('reads %p as %p, the way the API does', (typed, compacted) => {
    expect(compactCvr(typed)).toBe(compacted);
    expect(isValidCvr(compactCvr(typed))).toBe(true);
  });

  it('tells format from checksum problems', () => {
    expect(cvrProblem('1234')).toBe('format');
    expect(cvrProblem('35121006')).toBe('checksum');
    expect(cvrProblem('35121005')).toBeNull();
  });

  it('accepts exactly one check digit per 7-digit prefix, when any', () => {
    for (const prefix of ['3512100', '4187100', '1015081']) {
      const valid = Array.from({ length: 10 }, (_, d) => `${prefix}${d}`).filter(isValidCvr);
      expect(valid.length).toBeLessThanOrEqual(1);
    }
  });
});
