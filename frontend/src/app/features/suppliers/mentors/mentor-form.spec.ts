import { Mentor } from '@mentor/contracts';
import { competenceAliases, emptyCompetenceLevels, toFormValue, toMentorInput } from './mentor-form';

describe('mentor form ↔ MentorInput', () => {
  const levels = { ...emptyCompetenceLevels(), youth_crime: 3, anxiety_stress: '2' as unknown as number };
  const value = {
    name: ' Ahmed Hansen ',
    email: 'ahmed@nordmentor.dk',
    phone: '',
    gender: 'male' as const,
    languages: ['da', 'ar'],
    yearsOfExperience: 7,
    postcode: '2650',
    weeklyCapacityHours: 20,
    maxTravelKm: 40,
    background: ' Tidligere politibetjent ',
    competences: levels,
    certificates: [
      { kind: 'criminal_record', name: '', issuedOn: '2025-01-10', expiresOn: '2028-01-10' },
      { kind: 'other', name: ' Psykisk førstehjælp ', issuedOn: '2025-02-01', expiresOn: '2027-02-01' },
    ],
  };

  it('sends the chosen competences in taxonomy order, levels as numbers', () => {
    const input = toMentorInput(value);
    expect(input.name).toBe('Ahmed Hansen');
    expect(input.background).toBe('Tidligere politibetjent');
    expect(input.competences).toEqual([
      { code: 'anxiety_stress', level: 2 },
      { code: 'youth_crime', level: 3 },
    ]);
    expect(competenceAliases(input)).toEqual({ 'competences.0': 'competences.anxiety_stress', 'competences.1': 'competences.youth_crime' });
  });

  it('sends a certificate name only when there is one, trimmed', () => {
    expect(toMentorInput(value).certificates).toEqual([
      { kind: 'criminal_record', issuedOn: '2025-01-10', expiresOn: '2028-01-10' },
      { kind: 'other', name: 'Psykisk førstehjælp', issuedOn: '2025-02-01', expiresOn: '2027-02-01' },
    ]);
  });

  it('reads a mentor back into the form', () => {
    const mentor = {
      ...toMentorInput(value),
      id: 'm1',
      supplierId: 's1',
      supplierName: 'NordMentor',
      town: 'Hvidovre',
      active: true,
      hoursInUse: 4,
      freeCapacityHours: 16,
      certificateWarnings: [],
      account: 'none',
      certificates: [
        { kind: 'criminal_record', issuedOn: '2025-01-10T00:00:00.000Z', expiresOn: '2028-01-10' },
        { kind: 'other', name: 'Kørekort', issuedOn: '2025-01-10', expiresOn: '2030-01-10' },
      ],
    } satisfies Mentor;
    const form = toFormValue(mentor);
    expect(form.competences['youth_crime']).toBe(3);
    expect(form.competences['family']).toBe(0);
    expect(form.certificates[0]).toEqual({ kind: 'criminal_record', name: '', issuedOn: '2025-01-10', expiresOn: '2028-01-10' });
    expect(form.certificates[1].name).toBe('Kørekort');
    expect(toMentorInput(form).competences).toEqual(mentor.competences);
  });
});
