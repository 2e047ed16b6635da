import { Agreement, AgreementUsage, ScorecardHistoryPoint } from '@mentor/contracts';
import type { TranslationKey } from '../../core/i18n/translations';
import type { UsageRow } from '../../shared/charts/chart-scale';
import type { Option } from './effects-view';

/** The scorecard's presentation rules, framework-free and unit-tested. */

export const HISTORY_METRICS = ['qualityScore', 'onTimeRate', 'completeness', 'acceptanceRate'] as const;
export type HistoryMetric = (typeof HISTORY_METRICS)[number];

export const HISTORY_KEYS: Readonly<Record<HistoryMetric, TranslationKey>> = {
  qualityScore: 'scorecard.quality',
  onTimeRate: 'scorecard.onTime',
  completeness: 'scorecard.completeness',
  acceptanceRate: 'scorecard.acceptance',
};

/** The history in month order, one list of values per metric (null where a month has no figure). */
export function historyData(history: readonly ScorecardHistoryPoint[]): { months: string[]; values: Record<HistoryMetric, (number | null)[]> } {
  const points = [...history].sort((a, b) => a.month.localeCompare(b.month));
  const values = Object.fromEntries(HISTORY_METRICS.map((m) => [m, points.map((p) => (typeof p[m] === 'number' ? p[m] : null))])) as Record<HistoryMetric, (number | null)[]>;
  return { months: points.map((p) => p.month), values };
}

/** The supplier's agreements as usage bars: tender and lot, with the municipality beneath. */
export function agreementUsageRows(agreements: readonly AgreementUsage[]): UsageRow[] {
  return agreements.map((a) => ({
    label: `${a.tenderTitle} – ${a.lotTitle}`,
    detail: a.municipalityName,
    used: a.hoursUsed,
    granted: a.hoursGranted,
    ceiling: a.hourCeiling,
  }));
}

/**
 * The agreements to filter the scorecard by: the supplier's in the agreement list (a municipality
 * sees its own agreements with everyone) and any the scorecard names, so the one chosen stays listed.
 */
export function scorecardAgreementOptions(supplierId: string, agreements: readonly Agreement[], usage: readonly AgreementUsage[]): Option[] {
  const found = new Map<string, string>();
  for (const a of agreements) if (a.supplierId === supplierId) found.set(a.id, `${a.tenderTitle} – ${a.lotTitle}`);
  for (const u of usage) found.set(u.agreementId, `${u.tenderTitle} – ${u.lotTitle} (${u.municipalityName})`);
  return [...found].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label, 'da'));
}
