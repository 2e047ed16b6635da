import { aCandidate, aProfile } from '../testing/builders';
import { describeFilters, explain } from './explain';
import { rankCandidates } from './rank';

describe('explain', () => {
  const profile = aProfile({
    needs: [
      { code: 'youth_crime', severity: 3 },
      { code: 'substance_abuse', severity: 1 },
      { code: 'debt_finance', severity: 1 },
    ],
    languages: ['da'],
    genderPreference: 'male',
  });
  const candidates = [
    aCandidate({ mentorId: 'm-1', competences: { youth_crime: 3, substance_abuse: 1 }, gender: 'male', hourlyRate: 520, distanceKm: 12.5 }),
    aCandidate({ mentorId: 'm-2', competences: { youth_crime: 2 }, hourlyRate: 442, mentorQuality: null, supplierQuality: null, supplierOutcome: null }),
  ];
  const [first, second] = rankCandidates(profile, candidates, { allocation: 'objective_criteria' }).items;

  it('explains each component in Danish', () => {
    // competence: (3·3/3 + 1·1/3 + 1·0)/5 = 10/15; price 442/520 = 0.85
    expect(explain(first, 'da')).toEqual([
      'Kompetencer 0,67 × 40 %: dækker ungdomskriminalitet på niveau 3 og misbrug på niveau 1; mangler gæld og økonomi',
      'Kvalitet 0,80 × 20 %: mentorens rapporteringskvalitet',
      'Effekt 0,60 × 10 %: leverandørens andel af forløb, der endte i job eller uddannelse',
      'Afstand 0,69 × 10 %: 12,5 km af højst 40 km',
      'Pris 0,85 × 10 %: 520 kr./time; den laveste blandt kandidaterne er 442 kr./time',
      'Kapacitet 0,75 × 5 %: 15 af 20 timer om ugen er fri efter dette forløb',
      'Præferencer 1,00 × 5 %: køn som ønsket, taler et ønsket sprog',
    ]);
  });

  it('explains each component in English, including the neutral fallbacks', () => {
    expect(explain(second, 'en')).toEqual([
      'Competence 0.40 × 40%: covers youth crime at level 2; lacks substance abuse and debt and finances',
      'Quality 0.50 × 20%: no reports yet, neutral value',
      'Outcome 0.50 × 10%: no finished courses yet, neutral value',
      'Distance 0.75 × 10%: 10 km of at most 40 km',
      'Price 1.00 × 10%: the lowest hourly rate among the candidates (DKK 442/hour)',
      'Capacity 0.75 × 5%: 15 of 20 weekly hours free after this course',
      'Preferences 0.50 × 5%: not the preferred gender, speaks a preferred language',
    ]);
  });

  it('says when there are no needs or preferences', () => {
    const [only] = rankCandidates(aProfile(), [aCandidate({ mentorQuality: null })], { allocation: 'cascade' }).items;
    const lines = explain(only, 'da');
    expect(lines[0]).toBe('Kompetencer 1,00 × 40 %: ingen behov angivet');
    expect(lines[1]).toBe('Kvalitet 0,70 × 20 %: leverandørens rapporteringskvalitet (mentoren har ingen endnu)');
    expect(lines[6]).toBe('Præferencer 1,00 × 5 %: ingen præferencer angivet');
  });
});

describe('describeFilters', () => {
  const filtered = { inactive: 0, capacity: 3, language: 0, certificates: 1, severeNeeds: 2, distance: 0, agreement: 4, region: 1 };

  it('describes, in Danish, each filter that removed someone', () => {
    expect(describeFilters(filtered, 'da')).toEqual([
      '3 mentorer fravalgt: for lidt ledig kapacitet',
      '1 mentor fravalgt: mangler en attest, der er gyldig på startdatoen',
      '2 mentorer fravalgt: dækker ikke et alvorligt behov på mindst niveau 2',
      '4 mentorer fravalgt: leverandøren har ingen rammeaftale i kraft for målgruppen på startdatoen',
      '1 mentor fravalgt: region',
    ]);
  });

  it('describes them in English', () => {
    expect(describeFilters({ inactive: 1, distance: 2 }, 'en')).toEqual([
      '1 mentor excluded: inactive',
      "2 mentors excluded: the citizen lives beyond the mentor's travel distance",
    ]);
  });

  it('says nothing when nobody was removed', () => {
    expect(describeFilters({ inactive: 0, capacity: 0 }, 'en')).toEqual([]);
  });
});
