import { Offer } from '@mentor/contracts';
import { answerErrorKey, deadlineTone, inboxOrder } from './offer-rules';

const offer = (id: string, status: Offer['status'], createdAt: string, answerBy: string) => ({ id, status, createdAt, answerBy }) as Offer;

describe('offer inbox rules', () => {
  it('puts pending offers first, nearest deadline first, then the newest answered', () => {
    const offers = [
      offer('old-declined', 'declined', '2026-11-01T10:00:00Z', '2026-11-04T10:00:00Z'),
      offer('late', 'pending', '2026-11-20T10:00:00Z', '2026-11-27T10:00:00Z'),
      offer('new-accepted', 'accepted', '2026-11-10T10:00:00Z', '2026-11-13T10:00:00Z'),
      offer('soon', 'pending', '2026-11-21T10:00:00Z', '2026-11-25T10:00:00Z'),
    ];
    expect(inboxOrder(offers).map((o) => o.id)).toEqual(['soon', 'late', 'new-accepted', 'old-declined']);
  });

  it('calls a deadline under a day away urgent', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    expect(deadlineTone('2026-11-24T09:00:00Z', now)).toBe('expired');
    expect(deadlineTone('2026-11-25T09:00:00Z', now)).toBe('urgent');
    expect(deadlineTone('2026-11-26T09:00:00Z', now)).toBe('normal');
  });

  it('names the known conflicts', () => {
    expect(answerErrorKey('NO_CAPACITY')).toBe('offer.error.NO_CAPACITY');
    expect(answerErrorKey('OFFER_EXPIRED')).toBe('offer.error.OFFER_EXPIRED');
    expect(answerErrorKey(undefined)).toBe('offer.error.other');
  });
});
