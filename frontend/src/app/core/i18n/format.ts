import { LOCALES, Lang } from './translations';

/** A timestamp as the user reads it, e.g. "22. nov. 2026 14.05" in Danish. */
export function formatDateTime(iso: string | undefined | null, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const DURATION_UNITS: Readonly<Record<Lang, { d: string; h: string; m: string; s: string }>> = {
  da: { d: 'd.', h: 't.', m: 'min.', s: 'sek.' },
  en: { d: 'd', h: 'h', m: 'min', s: 's' },
};

/** "2 d. 3 t. 4 min." – the two largest non-zero units, seconds only below a minute. */
export function formatDuration(totalSeconds: number, lang: Lang): string {
  const units = DURATION_UNITS[lang];
  const seconds = Math.max(0, Math.floor(totalSeconds));
  if (seconds < 60) return `${seconds} ${units.s}`;
  const parts: [number, string][] = [
    [Math.floor(seconds / 86400), units.d],
    [Math.floor((seconds % 86400) / 3600), units.h],
    [Math.floor((seconds % 3600) / 60), units.m],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(' ');
}

/** A calendar date (`YYYY-MM-DD`, or the date part of a timestamp), e.g. "1. maj 2026". */
export function formatDate(iso: string | undefined | null, lang: Lang): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
