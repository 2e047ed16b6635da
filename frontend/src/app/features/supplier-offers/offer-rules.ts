import { Offer } from '@mentor/contracts';
import type { TranslationKey } from '../../core/i18n/translations';

/** Pending offers first, the nearest deadline first; then answered ones, the newest first. */
export function inboxOrder(offers: readonly Offer[]): Offer[] {
  return [...offers].sort((a, b) => {
    const pa = a.status === 'pending' ? 0 : 1;
    const pb = b.status === 'pending' ? 0 : 1;
    if (pa !== pb) return pa - pb;
    return pa === 0 ? a.answerBy.localeCompare(b.answerBy) : b.createdAt.localeCompare(a.createdAt);
  });
}

/** How urgent an answer is: under a day left is urgent. */
export function deadlineTone(answerBy: string, now: Date): 'expired' | 'urgent' | 'normal' {
  const ms = Date.parse(answerBy) - now.getTime();
  if (!(ms > 0)) return 'expired';
  return ms < 86_400_000 ? 'urgent' : 'normal';
}

/** What to say about a refused answer, by the API's code; the API's own words follow it. */
export function answerErrorKey(code: string | undefined): TranslationKey {
  switch (code) {
    case 'NO_CAPACITY':
      return 'offer.error.NO_CAPACITY';
    case 'OFFER_EXPIRED':
      return 'offer.error.OFFER_EXPIRED';
    case 'OFFER_NOT_PENDING':
      return 'offer.error.OFFER_NOT_PENDING';
    default:
      return 'offer.error.other';
  }
}
