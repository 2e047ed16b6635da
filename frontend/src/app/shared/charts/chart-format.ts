import { LOCALES, Lang } from '../../core/i18n/translations';
import type { ValueScale } from './chart-scale';

/** Numbers as the charts, tiles and tables show them, in the user's language. Framework-free. */

/** What a missing figure shows as. */
export const NO_VALUE = '–';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A share in [0, 1] as a percentage: "73 %" in Danish, "73%" in English; null as "–". */
export function formatPercent(value: number | null | undefined, lang: Lang, digits = 0): string {
  if (!isNumber(value)) return NO_VALUE;
  return new Intl.NumberFormat(LOCALES[lang], { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A number with the language's separators ("12.345,5" in Danish); null as "–". */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 0): string {
  if (!isNumber(value)) return NO_VALUE;
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
}

/** A value on a chart's scale: a share as %, anything else as a number with up to one decimal. */
export function formatValue(value: number | null | undefined, scale: ValueScale, lang: Lang): string {
  return scale === 'percent' ? formatPercent(value, lang) : formatNumber(value, lang, 1);
}

/** A score in [0, 1] with two decimals ("0,72"), as the thresholds 0,3 and 0,5 are written. */
export function formatScore(value: number | null | undefined, lang: Lang): string {
  if (!isNumber(value)) return NO_VALUE;
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** 'YYYY-MM' as a short month: "mar. 26" / "Mar 26"; anything else as it is. */
export function formatMonth(month: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(date);
}

/** A signed amount in DKK per month, e.g. "−1.250 kr." / "+300 kr."; null as "–". */
export function formatDkkChange(value: number | null | undefined, lang: Lang): string {
  if (!isNumber(value)) return NO_VALUE;
  const text = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);
  return lang === 'da' ? `${text} kr.` : `DKK ${text}`;
}
