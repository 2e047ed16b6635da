import { Agreement, AgreementUsage, EffectRow, OutcomeDistribution } from '@mentor/contracts';
import {
  agreementOptions,
  ariaSort,
  ceilingRows,
  columnValue,
  effectsCsvUrl,
  filtersFromForm,
  isEffectColumn,
  nextSort,
  outcomesByGroup,
  sortRows,
  supplierOptions,
} from './effects-view';
import { agreementUsageRows, historyData, scorecardAgreementOptions } from './scorecard-view';

const end = (job: number, education: number, share: number | null): OutcomeDistribution => ({
  followUp: 'end',
  recorded: job + education,
  counts: { job, education, job_seeking: 0, still_on_benefits: 0, other: 0 },
  jobOrEducationShare: share,
  averageBenefitChangeDkk: null,
});

const row = (supplierName: string, over: Partial<EffectRow> = {}): EffectRow => ({
  supplierId: supplierName.toLowerCase(),
  supplierName,
  targetGroup: 'job_ready',
  courses: 1,
  activeCourses: 0,
  hoursGranted: 10,
  hoursUsed: 5,
  onTimeRate: null,
  acceptanceRate: null,
  outcomes: [],
  citizenSatisfaction: null,
  caseworkerSatisfaction: null,
  ...over,
});

const agreement = (id: string, supplierId: string, supplierName: string): Agreement =>
  ({ id, supplierId, supplierName, tenderTitle: 'Mentorstøtte 2026', lotTitle: `Delaftale ${id}` }) as Agreement;

const usage = (agreementId: string, hourCeiling: number | null, supplierName = 'Nord Mentor'): AgreementUsage => ({
  agreementId,
  supplierId: 'n',
  supplierName,
  tenderTitle: 'Mentorstøtte 2026',
  lotTitle: `Delaftale ${agreementId}`,
  municipalityCode: '0167',
  municipalityName: 'Hvidovre',
  hourCeiling,
  hoursGranted: 40,
  hoursUsed: 12,
});

const label = (code: string) => ({ job_ready: 'Jobparate', flex_job: 'Fleksjob' })[code] ?? code;

describe('effect dashboard', () => {
  it('links the CSV with the same filters', () => {
    expect(effectsCsvUrl({})).toBe('/api/insights/effects?format=csv');
    expect(effectsCsvUrl({ from: '2026-01-01', targetGroup: 'flex_job', supplierId: undefined })).toBe(
      '/api/insights/effects?from=2026-01-01&targetGroup=flex_job&format=csv',
    );
  });

  it('reads the filter form: filled fields only, a missing field as none', () => {
    const form = new Map<string, unknown>([
      ['from', '2026-01-01'],
      ['to', ''],
      ['targetGroup', 'flex_job'],
      ['agreementId', 'a1'],
    ]);
    expect(filtersFromForm(form)).toEqual({ from: '2026-01-01', to: undefined, targetGroup: 'flex_job', supplierId: undefined, agreementId: 'a1' });
  });

  it('sorts by names A–Å and figures with missing ones last', () => {
    const rows = [row('Øst', { onTimeRate: 0.5 }), row('Alfa', { onTimeRate: null }), row('Beta', { onTimeRate: 0.9 })];
    expect(sortRows(rows, { column: 'supplier', direction: 'asc' }, label).map((r) => r.supplierName)).toEqual(['Alfa', 'Beta', 'Øst']);
    expect(sortRows(rows, { column: 'onTimeRate', direction: 'desc' }, label).map((r) => r.supplierName)).toEqual(['Beta', 'Øst', 'Alfa']);
    expect(sortRows(rows, { column: 'onTimeRate', direction: 'asc' }, label).map((r) => r.supplierName)).toEqual(['Øst', 'Beta', 'Alfa']);
  });

  it('sorts by the job or education share at the end and by target group label', () => {
    const rows = [row('A', { outcomes: [end(1, 0, 0.25)] }), row('B', { outcomes: [end(3, 1, 1)], targetGroup: 'flex_job' })];
    expect(columnValue(rows[1], 'jobOrEducation', label)).toBe(1);
    expect(sortRows(rows, { column: 'jobOrEducation', direction: 'desc' }, label).map((r) => r.supplierName)).toEqual(['B', 'A']);
    expect(sortRows(rows, { column: 'targetGroup', direction: 'asc' }, label).map((r) => r.supplierName)).toEqual(['B', 'A']);
  });

  it('turns the sort round on the same column, and starts figures highest first', () => {
    expect(nextSort({ column: 'supplier', direction: 'asc' }, 'supplier')).toEqual({ column: 'supplier', direction: 'desc' });
    expect(nextSort({ column: 'supplier', direction: 'asc' }, 'hoursUsed')).toEqual({ column: 'hoursUsed', direction: 'desc' });
    expect(nextSort({ column: 'hoursUsed', direction: 'desc' }, 'targetGroup')).toEqual({ column: 'targetGroup', direction: 'asc' });
    expect(ariaSort({ column: 'courses', direction: 'desc' }, 'courses')).toBe('descending');
    expect(ariaSort({ column: 'courses', direction: 'desc' }, 'supplier')).toBe('none');
    expect(isEffectColumn('courses')).toBe(true);
    expect(isEffectColumn('password')).toBe(false);
  });

  it('offers each supplier once, by name', () => {
    expect(supplierOptions([agreement('1', 'n', 'Nord Mentor'), agreement('2', 'n', 'Nord Mentor')], [row('Alfa')])).toEqual([
      { id: 'alfa', label: 'Alfa' },
      { id: 'n', label: 'Nord Mentor' },
    ]);
  });

  it('names agreements by supplier where known, and the ceilings as usage bars', () => {
    expect(agreementOptions([agreement('1', 'n', 'Nord Mentor')], [usage('1', 100), usage('2', null)])).toEqual([
      { id: '2', label: 'Mentorstøtte 2026 – Delaftale 2' },
      { id: '1', label: 'Nord Mentor – Mentorstøtte 2026 – Delaftale 1' },
    ]);
    expect(ceilingRows([usage('1', 100), usage('2', null, 'Brobyg')])).toEqual([
      { label: 'Nord Mentor', detail: 'Mentorstøtte 2026 – Delaftale 1', used: 12, granted: 40, ceiling: 100 },
      { label: 'Brobyg', detail: 'Mentorstøtte 2026 – Delaftale 2', used: 12, granted: 40, ceiling: null },
    ]);
    expect(ceilingRows([usage('1', 100), usage('2', null), usage('3', 20)]).map((r) => r.detail)).toEqual(['Mentorstøtte 2026 – Delaftale 3', 'Mentorstøtte 2026 – Delaftale 1', 'Mentorstøtte 2026 – Delaftale 2']);
  });

  it('puts all target groups first, then each group, at the chosen follow-up', () => {
    const base = { courses: 0, activeCourses: 0, hoursGranted: 0, hoursUsed: 0, onTimeRate: null, acceptanceRate: null, citizenSatisfaction: null, caseworkerSatisfaction: null };
    const result = outcomesByGroup(
      {
        totals: { ...base, outcomes: [end(3, 1, 1)] },
        byTargetGroup: [
          { ...base, targetGroup: 'flex_job', outcomes: [end(2, 0, 1)] },
          { ...base, targetGroup: 'job_ready', outcomes: [end(1, 1, 1)] },
        ],
      },
      'end',
    );
    expect(result.groups).toEqual(['all', 'flex_job', 'job_ready']);
    expect(result.counts.job).toEqual([3, 2, 1]);
    expect(result.counts.education).toEqual([1, 0, 1]);
    expect(outcomesByGroup({ totals: { ...base, outcomes: [end(3, 1, 1)] }, byTargetGroup: [] }, '6m').counts.job).toEqual([0]);
  });
});

describe('scorecard', () => {
  it('orders the history by month and keeps gaps', () => {
    const data = historyData([
      { month: '2026-03', onTimeRate: 0.9, completeness: 1, acceptanceRate: 0.8, qualityScore: 0.88 },
      { month: '2026-01', onTimeRate: null, completeness: null, acceptanceRate: null, qualityScore: null },
    ]);
    expect(data.months).toEqual(['2026-01', '2026-03']);
    expect(data.values.qualityScore).toEqual([null, 0.88]);
    expect(data.values.onTimeRate).toEqual([null, 0.9]);
  });

  it('turns agreements into usage rows and filter options', () => {
    expect(agreementUsageRows([usage('1', 200)])).toEqual([{ label: 'Mentorstøtte 2026 – Delaftale 1', detail: 'Hvidovre', used: 12, granted: 40, ceiling: 200 }]);
    expect(scorecardAgreementOptions('n', [agreement('1', 'n', 'Nord'), agreement('9', 'other', 'Other')], [usage('2', null)])).toEqual([
      { id: '1', label: 'Mentorstøtte 2026 – Delaftale 1' },
      { id: '2', label: 'Mentorstøtte 2026 – Delaftale 2 (Hvidovre)' },
    ]);
  });
});
