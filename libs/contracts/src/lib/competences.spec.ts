import { COMPETENCES, COMPETENCE_CODES, isCompetenceCode } from './competences';

describe('competence taxonomy', () => {
  it('holds every code the design names, each once', () => {
    const required = [
      'psychiatric', 'anxiety_stress', 'youth_crime', 'substance_abuse', 'youth_education', 'autism_adhd',
      'refugee_integration', 'housing_homelessness', 'debt_finance', 'physical_health', 'family',
      'job_retention', 'education_retention',
    ];
    for (const code of required) expect(COMPETENCE_CODES).toContain(code);
    expect(new Set(COMPETENCE_CODES).size).toBe(COMPETENCE_CODES.length);
  });

  it('has a Danish and an English label for every competence', () => {
    for (const c of COMPETENCES) {
      expect(c.labelDa.trim().length).toBeGreaterThan(2);
      expect(c.labelEn.trim().length).toBeGreaterThan(2);
      expect(c.labelDa).not.toBe(c.code);
    }
  });

  it.each([
    ['youth_crime', true],
    ['psychiatric', true],
    ['Youth_Crime', false],
    ['', false],
    [42, false],
  ])('isCompetenceCode(%p) is %p', (value, expected) => {
    expect(isCompetenceCode(value)).toBe(expected);
  });
});
