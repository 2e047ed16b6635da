import { Agreement, AgreementUsage, EffectRow, EffectsQuery, EffectsReport, FollowUp, OUTCOME_STATUSES, OutcomeStatus, TargetGroup } from '@mentor/contracts';
import type { UsageRow } from '../../shared/charts/chart-scale';
import { jobOrEducationShare, outcomeCountsAt } from '../../shared/quality/quality-view';
import { searchParams } from '../../shared/search/search-query';

/**
 * The effect dashboard's presentation rules, framework-free and unit-tested: the CSV link, the
 * supplier table's sorting, the filter options and the chart data.
 */

/**
 * The filter form's fields (named as the query's keys) as filters; empty ones are left out. The
 * values are checked where the query is read from the URL, as any typed-in address is.
 */
export function filtersFromForm(form: { get(name: string): unknown }): EffectsQuery {
  const text = (name: keyof EffectsQuery) => {
    const value = form.get(name);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  return { from: text('from'), to: text('to'), targetGroup: text('targetGroup') as TargetGroup | undefined, supplierId: text('supplierId'), agreementId: text('agreementId') };
}

/** The same report as CSV: the API's URL with the filters and `format=csv`. */
export function effectsCsvUrl(query: EffectsQuery): string {
  const params = new URLSearchParams(searchParams(query));
  params.set('format', 'csv');
  return `/api/insights/effects?${params.toString()}`;
}

export const EFFECT_COLUMNS = [
  'supplier',
  'targetGroup',
  'courses',
  'activeCourses',
  'hoursGranted',
  'hoursUsed',
  'onTimeRate',
  'acceptanceRate',
  'jobOrEducation',
  'citizenSatisfaction',
  'caseworkerSatisfaction',
] as const;
export type EffectColumn = (typeof EFFECT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';
export interface EffectSort {
  column: EffectColumn;
  direction: SortDirection;
}

const TEXT_COLUMNS: readonly EffectColumn[] = ['supplier', 'targetGroup'];

export function isEffectColumn(value: unknown): value is EffectColumn {
  return typeof value === 'string' && (EFFECT_COLUMNS as readonly string[]).includes(value);
}

/** The value a column shows and sorts by; null when the figure is missing. */
export function columnValue(row: EffectRow, column: EffectColumn, targetGroupLabel: (code: TargetGroup) => string): string | number | null {
  switch (column) {
    case 'supplier':
      return row.supplierName;
    case 'targetGroup':
      return targetGroupLabel(row.targetGroup);
    case 'jobOrEducation':
      return jobOrEducationShare(row.outcomes, 'end');
    default:
      return row[column];
  }
}

/** Sorted by the column; missing figures last in both directions; ties keep the API's order. */
export function sortRows(rows: readonly EffectRow[], sort: EffectSort, targetGroupLabel: (code: TargetGroup) => string): EffectRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: columnValue(row, sort.column, targetGroupLabel) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order = typeof a.value === 'string' || typeof b.value === 'string' ? String(a.value).localeCompare(String(b.value), 'da') : a.value - b.value;
      return order !== 0 ? sign * order : a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** Clicking a header: the same column turns round; a new one starts A–Å for names, highest first for figures. */
export function nextSort(current: EffectSort, column: EffectColumn): EffectSort {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { column, direction: TEXT_COLUMNS.includes(column) ? 'asc' : 'desc' };
}

export function ariaSort(sort: EffectSort, column: EffectColumn): 'ascending' | 'descending' | 'none' {
  return sort.column !== column ? 'none' : sort.direction === 'asc' ? 'ascending' : 'descending';
}

export interface Option {
  id: string;
  label: string;
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'da');

/** The suppliers to filter by: those with an agreement with the municipality or a row in the report. */
export function supplierOptions(agreements: readonly Agreement[], rows: readonly EffectRow[]): Option[] {
  const found = new Map<string, string>();
  for (const a of agreements) found.set(a.supplierId, a.supplierName);
  for (const r of rows) found.set(r.supplierId, r.supplierName);
  return [...found].map(([id, label]) => ({ id, label })).sort(byLabel);
}

/** "Nord Mentor ApS – Delaftale 1" from the agreement list, else the tender and lot of the ceiling. */
export function agreementOptions(agreements: readonly Agreement[], ceilings: readonly AgreementUsage[]): Option[] {
  const found = new Map<string, string>();
  for (const c of ceilings) found.set(c.agreementId, `${c.tenderTitle} – ${c.lotTitle}`);
  for (const a of agreements) found.set(a.id, `${a.supplierName} – ${a.tenderTitle} – ${a.lotTitle}`);
  return [...found].map(([id, label]) => ({ id, label })).sort(byLabel);
}

/** Used hours as a share of the ceiling; -1 without a ceiling (sorted last). */
const ceilingShare = (c: AgreementUsage) => (c.hourCeiling && c.hourCeiling > 0 ? c.hoursUsed / c.hourCeiling : -1);

/** The ceilings as usage bars, closest to (or over) the ceiling first, named by supplier. */
export function ceilingRows(ceilings: readonly AgreementUsage[]): UsageRow[] {
  const ordered = ceilings.map((c, i) => ({ c, i })).sort((a, b) => ceilingShare(b.c) - ceilingShare(a.c) || a.i - b.i).map((e) => e.c);
  return ordered.map((c) => ({ label: c.supplierName, detail: `${c.tenderTitle} – ${c.lotTitle}`, used: c.hoursUsed, granted: c.hoursGranted, ceiling: c.hourCeiling }));
}

/**
 * The outcome counts at one follow-up for all target groups together (`'all'`, from the totals)
 * and each target group in the report: one series per outcome, one category per group.
 */
export function outcomesByGroup(report: Pick<EffectsReport, 'totals' | 'byTargetGroup'>, followUp: FollowUp): { groups: (TargetGroup | 'all')[]; counts: Record<OutcomeStatus, number[]> } {
  const sources = [{ group: 'all' as const, outcomes: report.totals.outcomes }, ...report.byTargetGroup.map((g) => ({ group: g.targetGroup, outcomes: g.outcomes }))];
  const atFollowUp = sources.map((s) => outcomeCountsAt(s.outcomes ?? [], followUp));
  const counts = Object.fromEntries(OUTCOME_STATUSES.map((status) => [status, atFollowUp.map((c) => c[status])])) as Record<OutcomeStatus, number[]>;
  return { groups: sources.map((s) => s.group), counts };
}
