import { Offer } from '@mentor/contracts';
import { filterCounts, filterSummary, percent, timeLeft, timeline } from './match-view';

describe('filter summary', () => {
  const filtered = { excluded: 0, capacity: 5, language: 0, certificates: 4, severeNeeds: 2, distance: 1, inactive: 0 };

  it('lists the filters that removed someone in the order they are checked', () => {
    expect(filterCounts(filtered)).toEqual([
      { name: 'capacity', count: 5 },
      { name: 'certificates', count: 4 },
      { name: 'severeNeeds', count: 2 },
      { name: 'distance', count: 1 },
    ]);
    expect(filterCounts({ zzz: 2, capacity: 1 })).toEqual([
      { name: 'capacity', count: 1 },
      { name: 'zzz', count: 2 },
    ]);
  });

  it('says how many were left out and why, in Danish and English', () => {
    expect(filterSummary(filtered, 'da')).toBe(
      '12 fravalgt: 5 for lidt ledig kapacitet, 4 mangler en gyldig attest, 2 dækker ikke et svært behov, 1 for langt væk',
    );
    expect(filterSummary({ capacity: 1 }, 'en')).toBe('1 left out: 1 not enough free capacity');
    expect(filterSummary({ capacity: 0 }, 'da')).toBe('Ingen mentorer blev fravalgt af de faste krav.');
    expect(filterSummary({ newRule: 3 }, 'en')).toBe('3 left out: 3 newRule');
  });
});

describe('percent', () => {
  it.each([
    [0.8333, 83],
    [1, 100],
    [1.2, 100],
    [-0.1, 0],
    [Number.NaN, 0],
  ])('%p → %p %%', (value, expected) => expect(percent(value)).toBe(expected));
});

describe('timeline', () => {
  const offer = (id: string, status: Offer['status'], createdAt: string) => ({ id, status, createdAt }) as Offer;

  it('orders offers by time and marks the ones the cascade sent after a decline or expiry', () => {
    const offers = [offer('c', 'pending', '2026-11-25T10:00:00Z'), offer('a', 'declined', '2026-11-24T10:00:00Z'), offer('b', 'expired', '2026-11-24T12:00:00Z')];
    expect(timeline(offers, { allocation: 'auto' }).map((o) => [o.id, o.automatic])).toEqual([
      ['a', false],
      ['b', true],
      ['c', true],
    ]);
    expect(timeline(offers, { allocation: 'manual' }).some((o) => o.automatic)).toBe(false);
  });

  it('counts down to a deadline', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    expect(timeLeft('2026-11-26T13:30:00Z', now)).toEqual({ days: 2, hours: 3, minutes: 30 });
    expect(timeLeft('2026-11-24T09:59:00Z', now)).toBeNull();
  });
});
