/** What the tie-break reads from an item: the ids, compared in code-unit order. */
export interface RankedIdentity {
  mentorId: string;
  supplierId: string;
}

/**
 * Keeps the best `capacity` items of a stream in a bounded binary heap: O(n log k) for n offers
 * and no allocation per offer. An entry is an index into `identities` with a primary key
 * (ascending: the supplier's award rank, or 0 for all) and a score (descending); equal keys and
 * scores go to the lower mentorId, then supplierId, then index, so the order is total.
 *
 * The root holds the entry that ranks last, so a new entry only has to beat the root to get in.
 * The tie-break reads the identities directly rather than through a callback: a fresh closure per
 * ranking would make V8 throw away the optimised heap code on every call.
 */
export class TopK {
  private readonly items: Int32Array;
  private readonly keys: Float64Array;
  private readonly scores: Float64Array;
  private count = 0;

  constructor(
    readonly capacity: number,
    private readonly identities: readonly RankedIdentity[],
  ) {
    this.items = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
    this.scores = new Float64Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Whether (key, score, item) ranks before (key2, score2, item2). */
  precedes(key: number, score: number, item: number, key2: number, score2: number, item2: number): boolean {
    if (key !== key2) return key < key2;
    if (score !== score2) return score > score2;
    if (item === item2) return false;
    const a = this.identities[item];
    const b = this.identities[item2];
    if (a.mentorId !== b.mentorId) return a.mentorId < b.mentorId;
    if (a.supplierId !== b.supplierId) return a.supplierId < b.supplierId;
    return item < item2;
  }

  offer(item: number, key: number, score: number): void {
    if (this.capacity === 0) return;
    if (this.count < this.capacity) {
      this.siftUp(this.count++, item, key, score);
      return;
    }
    // Full: only an entry that ranks before the current last one gets in, replacing it.
    if (!this.precedes(key, score, item, this.keys[0], this.scores[0], this.items[0])) return;
    this.siftDown(0, item, key, score);
  }

  /** The heap slots, best entry first (O(k log k)); read them with itemAt and scoreAt. */
  sortedSlots(): number[] {
    const slots: number[] = [];
    for (let i = 0; i < this.count; i++) slots.push(i);
    return slots.sort((a, b) =>
      this.precedes(this.keys[a], this.scores[a], this.items[a], this.keys[b], this.scores[b], this.items[b]) ? -1 : 1,
    );
  }

  itemAt(slot: number): number {
    return this.items[slot];
  }

  scoreAt(slot: number): number {
    return this.scores[slot];
  }

  private siftUp(slot: number, item: number, key: number, score: number): void {
    while (slot > 0) {
      const parent = (slot - 1) >> 1;
      // The parent must rank after its children; stop once it does.
      if (!this.precedes(this.keys[parent], this.scores[parent], this.items[parent], key, score, item)) break;
      this.move(parent, slot);
      slot = parent;
    }
    this.place(slot, item, key, score);
  }

  private siftDown(slot: number, item: number, key: number, score: number): void {
    const count = this.count;
    for (;;) {
      const left = 2 * slot + 1;
      if (left >= count) break;
      // Pick the child that ranks last.
      let child = left;
      const right = left + 1;
      if (
        right < count &&
        this.precedes(this.keys[left], this.scores[left], this.items[left], this.keys[right], this.scores[right], this.items[right])
      ) {
        child = right;
      }
      if (!this.precedes(key, score, item, this.keys[child], this.scores[child], this.items[child])) break;
      this.move(child, slot);
      slot = child;
    }
    this.place(slot, item, key, score);
  }

  private move(from: number, to: number): void {
    this.items[to] = this.items[from];
    this.keys[to] = this.keys[from];
    this.scores[to] = this.scores[from];
  }

  private place(slot: number, item: number, key: number, score: number): void {
    this.items[slot] = item;
    this.keys[slot] = key;
    this.scores[slot] = score;
  }
}
