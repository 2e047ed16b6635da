import { isValidCpr, maskCpr, parseCpr } from './cpr';

describe('CPR numbers', () => {
  it.each([
    ['010190-1234', '1990-01-01'], // 7th digit 1: 1900s
    ['0101901234', '1990-01-01'],
    ['290200-4123', '2000-02-29'], // 4, year 00: 2000s, leap day
    ['311299-4123', '1999-12-31'], // 4, year 99: 1900s
    ['150510-5123', '2010-05-15'], // 5, year 10: 2000s
    ['150580-5123', '1880-05-15'], // 5, year 80: 1800s
    ['010137-9123', '1937-01-01'], // 9, year 37: 1900s
    ['010136-9123', '2036-01-01'], // 9, year 36: 2000s
  ])('%s is born %s', (cpr, birthDate) => {
    expect(parseCpr(cpr)?.birthDate).toBe(birthDate);
  });

  it.each(['320190-1234', '011390-1234', '290201-4123' /* 2001 is no leap year */, '290200-1123' /* 1900 is no leap year */, '01019-1234', '010190-12345', 'abcdef-ghij', '', '010190 1234'])(
    '%s is not a CPR number',
    (cpr) => {
      expect(isValidCpr(cpr)).toBe(false);
    },
  );

  it('masks all but the birth date', () => {
    expect(maskCpr('0101901234')).toBe('010190-XXXX');
  });
});
