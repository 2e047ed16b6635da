import { ageOn, cprHint, emptyNeeds, needAliases, toCaseInput } from './case-form';

describe('cprHint', () => {
  const today = '2026-11-24';

  it.each([
    ['', { status: 'empty' }],
    ['1505', { status: 'typing', digits: 4 }],
    ['150504-91', { status: 'typing', digits: 8 }],
    ['15a504', { status: 'format' }],
    ['1505-049123', { status: 'format' }],
    ['15050491234', { status: 'format' }],
    ['310204-9123', { status: 'date' }],
  ] as const)('%p → %p', (value, expected) => {
    expect(cprHint(value, today)).toEqual(expected);
  });

  it('names the birth date and age a valid number implies, with or without the dash', () => {
    expect(cprHint('150504-9123', today)).toEqual({ status: 'valid', birthDate: '2004-05-15', ageYears: 22 });
    expect(cprHint(' 1505049123 ', today)).toEqual({ status: 'valid', birthDate: '2004-05-15', ageYears: 22 });
    // 7th digit 0–3: born in the 1900s.
    expect(cprHint('010190-1234', today)).toEqual({ status: 'valid', birthDate: '1990-01-01', ageYears: 36 });
  });

  it('counts a birthday later in the year as not yet passed', () => {
    expect(ageOn('2004-12-01', '2026-11-24')).toBe(21);
    expect(ageOn('2004-11-24', '2026-11-24')).toBe(22);
  });
});

describe('toCaseInput', () => {
  it('trims, sends needs with a severity as numbers in taxonomy order and leaves out empty optionals', () => {
    const needs = { ...emptyNeeds(), youth_crime: '3', psychiatric: 1 };
    const input = toCaseInput({
      citizen: { name: ' Bo Borger ', cpr: '150504-9123', phone: '12 34 56 78', address: ' ' },
      targetGroup: 'education_aid',
      needs,
      languages: ['da'],
      genderPreference: '',
      postcode: '2650 ',
      notes: '',
    });
    expect(input).toEqual({
      citizen: { name: 'Bo Borger', cpr: '150504-9123', phone: '12 34 56 78' },
      targetGroup: 'education_aid',
      needs: [
        { code: 'psychiatric', severity: 1 },
        { code: 'youth_crime', severity: 3 },
      ],
      languages: ['da'],
      postcode: '2650',
    });
    expect(needAliases(input)).toEqual({ 'needs.0': 'needs.psychiatric', 'needs.1': 'needs.youth_crime' });
  });
});
