import { MatchComponents, MentorRequest, Offer } from '@mentor/contracts';
import { type Lang, type TranslationKey, translate } from '../../core/i18n/translations';

/**
 * The match list's presentation rules, framework-free: the seven score components in the order
 * of the matching model, the summary of the hard filters, and the offer timeline.
 */
export const COMPONENT_ORDER: readonly (keyof MatchComponents)[] = ['competence', 'quality', 'outcome', 'distance', 'price', 'capacity', 'preference'];

export const COMPONENT_KEYS: Readonly<Record<keyof MatchComponents, TranslationKey>> = {
  competence: 'match.component.competence',
  quality: 'match.component.quality',
  outcome: 'match.component.outcome',
  distance: 'match.component.distance',
  price: 'match.component.price',
  capacity: 'match.component.capacity',
  preference: 'match.component.preference',
};

/** The filters of MatchList.filtered in the order they are checked; an unknown one is shown by its name. */
const FILTER_KEYS: Readonly<Record<string, TranslationKey>> = {
  excluded: 'match.filter.excluded',
  inactive: 'match.filter.inactive',
  capacity: 'match.filter.capacity',
  language: 'match.filter.language',
  certificates: 'match.filter.certificates',
  severeNeeds: 'match.filter.severeNeeds',
  distance: 'match.filter.distance',
};
const FILTER_ORDER = Object.keys(FILTER_KEYS);

/** A score in [0, 1] as a whole percentage, bounded. */
export function percent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.round(Math.min(1, Math.max(0, value)) * 100);
}

export interface FilterCount {
  name: string;
  count: number;
}

/** The filters that removed someone, in the order they are checked, then unknown ones by name. */
export function filterCounts(filtered: Readonly<Record<string, number>>): FilterCount[] {
  const names = [...FILTER_ORDER, ...Object.keys(filtered).filter((n) => !FILTER_ORDER.includes(n)).sort()];
  return names.map((name) => ({ name, count: Number(filtered[name] ?? 0) })).filter((f) => f.count > 0);
}

/** "12 fravalgt: 5 for lidt kapacitet, 4 mangler en attest, …", or that no one was removed. */
export function filterSummary(filtered: Readonly<Record<string, number>>, lang: Lang): string {
  const counts = filterCounts(filtered);
  const total = counts.reduce((sum, f) => sum + f.count, 0);
  if (total === 0) return translate(lang, 'match.filter.none');
  const parts = counts.map((f) => {
    const key = FILTER_KEYS[f.name];
    return key ? translate(lang, key, { count: f.count }) : `${f.count} ${f.name}`;
  });
  return translate(lang, 'match.filter.summary', { total, reasons: parts.join(', ') });
}

export type TimelineEntry = Offer & { automatic: boolean };

/**
 * The offers in the order they were sent. In automatic allocation the offer after a decline or an
 * expiry was sent by the system (the cascade), which the timeline says.
 */
export function timeline(offers: readonly Offer[], request: Pick<MentorRequest, 'allocation'>): TimelineEntry[] {
  const sorted = [...offers].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return sorted.map((offer, i) => {
    const previous = sorted[i - 1];
    const automatic = request.allocation === 'auto' && !!previous && (previous.status === 'declined' || previous.status === 'expired');
    return { ...offer, automatic };
  });
}

export function pendingOffer(offers: readonly Offer[]): Offer | undefined {
  return offers.find((o) => o.status === 'pending');
}

export function acceptedOffer(offers: readonly Offer[]): Offer | undefined {
  return offers.find((o) => o.status === 'accepted');
}

/** Whole hours and minutes until a deadline, never negative; null once it has passed. */
export function timeLeft(deadline: string, now: Date): { days: number; hours: number; minutes: number } | null {
  const ms = Date.parse(deadline) - now.getTime();
  if (!(ms > 0)) return null;
  const minutes = Math.floor(ms / 60_000);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}
