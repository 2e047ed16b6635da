import { TopK } from './top-k';

describe('TopK', () => {
  const ids = ['e', 'd', 'c', 'b', 'a'].map((mentorId) => ({ mentorId, supplierId: 's' }));

  function best(capacity: number, entries: [key: number, score: number][]): string[] {
    const heap = new TopK(capacity, ids);
    entries.forEach(([key, score], index) => heap.offer(index, key, score));
    return heap.sortedSlots().map((slot) => ids[heap.itemAt(slot)].mentorId);
  }

  it('keeps the k highest scores, best first', () => {
    expect(best(2, [[0, 0.1], [0, 0.9], [0, 0.5], [0, 0.7], [0, 0.3]])).toEqual(['d', 'b']);
  });

  it('orders by key first (lower key first), then score', () => {
    expect(best(3, [[2, 0.9], [1, 0.2], [1, 0.8], [3, 1], [2, 0.1]])).toEqual(['c', 'd', 'e']);
  });

  it('breaks equal scores by mentorId ascending', () => {
    expect(best(3, [[0, 0.5], [0, 0.5], [0, 0.5], [0, 0.5], [0, 0.5]])).toEqual(['a', 'b', 'c']);
  });

  it('keeps nothing with capacity 0 and everything when k exceeds the offers', () => {
    expect(best(0, [[0, 0.5]])).toEqual([]);
    expect(best(5, [[0, 0.2], [0, 0.4]])).toEqual(['d', 'e']);
  });
});
