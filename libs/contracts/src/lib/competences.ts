import { Competence } from './reference';

/**
 * The shared competence taxonomy. A mentor holds competences at a level (1 basic, 2 experienced,
 * 3 specialist); a citizen's needs use the same codes with a severity (1–3), which is what lets the
 * matching engine compare the two.
 */
export const COMPETENCES = [
  {
    code: 'psychiatric',
    labelDa: 'Psykisk sygdom',
    labelEn: 'Psychiatric illness',
    descriptionDa: 'Støtte til borgere med psykiatriske diagnoser, også efter indlæggelse.',
    descriptionEn: 'Support for citizens with psychiatric diagnoses, including after admission.',
  },
  {
    code: 'anxiety_stress',
    labelDa: 'Angst og stress',
    labelEn: 'Anxiety and stress',
    descriptionDa: 'Mestring af angst, stress og belastningsreaktioner.',
    descriptionEn: 'Coping with anxiety, stress and strain reactions.',
  },
  {
    code: 'youth_crime',
    labelDa: 'Ungdomskriminalitet',
    labelEn: 'Youth crime',
    descriptionDa: 'Unge i eller på vej ud af kriminalitet og bandemiljøer.',
    descriptionEn: 'Young people in or leaving crime and gang environments.',
  },
  {
    code: 'substance_abuse',
    labelDa: 'Misbrug',
    labelEn: 'Substance abuse',
    descriptionDa: 'Alkohol- og stofmisbrug, også under og efter behandling.',
    descriptionEn: 'Alcohol and drug abuse, including during and after treatment.',
  },
  {
    code: 'youth_education',
    labelDa: 'Unge og uddannelse',
    labelEn: 'Youth and education',
    descriptionDa: 'Unge under uddannelsespålæg på vej i uddannelse.',
    descriptionEn: 'Young people under an education order on their way into education.',
  },
  {
    code: 'autism_adhd',
    labelDa: 'Autisme og ADHD',
    labelEn: 'Autism and ADHD',
    descriptionDa: 'Struktur og støtte ved autismespektrumforstyrrelser og ADHD.',
    descriptionEn: 'Structure and support for autism spectrum disorders and ADHD.',
  },
  {
    code: 'refugee_integration',
    labelDa: 'Flygtninge og integration',
    labelEn: 'Refugees and integration',
    descriptionDa: 'Flygtninge og indvandrere på vej ind på arbejdsmarkedet.',
    descriptionEn: 'Refugees and immigrants entering the labour market.',
  },
  {
    code: 'housing_homelessness',
    labelDa: 'Bolig og hjemløshed',
    labelEn: 'Housing and homelessness',
    descriptionDa: 'Hjemløshed, boligsociale problemer og udsættelse.',
    descriptionEn: 'Homelessness, housing problems and eviction.',
  },
  {
    code: 'debt_finance',
    labelDa: 'Gæld og økonomi',
    labelEn: 'Debt and finances',
    descriptionDa: 'Gældsrådgivning, budget og økonomisk overblik.',
    descriptionEn: 'Debt counselling, budgeting and financial overview.',
  },
  {
    code: 'physical_health',
    labelDa: 'Fysisk helbred',
    labelEn: 'Physical health',
    descriptionDa: 'Kroniske smerter, sygdom og fysiske begrænsninger.',
    descriptionEn: 'Chronic pain, illness and physical limitations.',
  },
  {
    code: 'family',
    labelDa: 'Familie',
    labelEn: 'Family',
    descriptionDa: 'Familieforhold, forældreskab og netværk.',
    descriptionEn: 'Family circumstances, parenthood and networks.',
  },
  {
    code: 'job_retention',
    labelDa: 'Fastholdelse i job',
    labelEn: 'Job retention',
    descriptionDa: 'Fastholdelsesmentor på arbejdspladsen.',
    descriptionEn: 'Retention mentoring at the workplace.',
  },
  {
    code: 'education_retention',
    labelDa: 'Fastholdelse i uddannelse',
    labelEn: 'Education retention',
    descriptionDa: 'Fastholdelse af elever og studerende i uddannelse.',
    descriptionEn: 'Keeping pupils and students in education.',
  },
] as const satisfies readonly Competence[];

export type CompetenceCode = (typeof COMPETENCES)[number]['code'];
export const COMPETENCE_CODES: readonly CompetenceCode[] = COMPETENCES.map((c) => c.code);

export function isCompetenceCode(value: unknown): value is CompetenceCode {
  return typeof value === 'string' && (COMPETENCE_CODES as readonly string[]).includes(value);
}

/** 1 basic, 2 experienced, 3 specialist. */
export type CompetenceLevel = 1 | 2 | 3;
/** 1 light, 2 moderate, 3 severe. */
export type NeedSeverity = 1 | 2 | 3;
