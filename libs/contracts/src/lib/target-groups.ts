/** The citizen target groups (målgrupper) of Danish employment law that lots and cases name. */
export const TARGET_GROUPS = [
  { code: 'activity_ready_cash', labelDa: 'Aktivitetsparate kontanthjælpsmodtagere', labelEn: 'Activity-ready cash benefit recipients' },
  { code: 'education_aid', labelDa: 'Uddannelseshjælpsmodtagere', labelEn: 'Education aid recipients' },
  { code: 'resource_course', labelDa: 'Ressourceforløb', labelEn: 'Resource course' },
  { code: 'job_clarification', labelDa: 'Jobafklaringsforløb', labelEn: 'Job clarification course' },
  { code: 'sickness_benefit', labelDa: 'Sygedagpengemodtagere', labelEn: 'Sickness benefit recipients' },
  { code: 'flex_job', labelDa: 'Fleksjob', labelEn: 'Flex job' },
  { code: 'job_ready', labelDa: 'Jobparate', labelEn: 'Job-ready' },
  { code: 'integration', labelDa: 'Integration', labelEn: 'Integration' },
  { code: 'employed_retention', labelDa: 'Fastholdelse af ansatte', labelEn: 'Retention of employees' },
  { code: 'youth_education', labelDa: 'Unge under uddannelsespålæg', labelEn: 'Young people under an education order' },
] as const;

export type TargetGroup = (typeof TARGET_GROUPS)[number]['code'];
export const TARGET_GROUP_CODES: readonly TargetGroup[] = TARGET_GROUPS.map((t) => t.code);
