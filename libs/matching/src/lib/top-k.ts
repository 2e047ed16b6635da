/** What the tie-break reads from an item: the ids, compared in code-unit order. */
export interface RankedIdentity {
  mentorId: string;
  supplierId: string;
}

/** The same ids in columns (as a CandidatePool holds them). */
export interface RankedIdentityColumns {
  readonly mentorId: readonly string[];
  readonly supplierId: readonly string[];
}

/**
 * Keeps the best `capacity` items of a stream in a bounded binary heap: O(n log k) for n offers
 * and no allocation per offer. An entry is an index into `identities` with a primary key
 * (ascending: the supplier's award rank, or 0 for all) and a score (descending); equal keys and
 * scores go to the lower mentorId, then supplierId, then index, so the order is total.
 *
 * The root holds the entry that ranks last, so a new entry only has to beat the root to get in.
 * The tie-break reads the identities directly rather than through a callback: a fresh closure per
 * ranking would make V8 throw away the optimised heap code on every call. They come as objects
 * (a MatchCandidate list) or as columns (a CandidatePool).
 */
export class TopK {
  // Plain arrays: a ranking makes one heap of at most `limit` entries, and allocating small typed
  // arrays costs more than the heap's whole work on a few hundred candidates.
  private readonly items: number[];
  private readonly keys: number[];
  private readonly scores: number[];
  private readonly objects: readonly RankedIdentity[] | null;
  private readonly columns: RankedIdentityColumns | null;
  private count = 0;

  constructor(
    readonly capacity: number,
    identities: readonly RankedIdentity[] | RankedIdentityColumns,
  ) {
    this.items = new Array<number>(capacity).fill(0);
    this.keys = new Array<number>(capacity).fill(0.5);
    this.scores = new Array<number>(capacity).fill(0.5);
    this.objects = isIdentityList(identities) ? identities : null;
    this.columns = isIdentityList(identities) ? null : identities;
  }

  get size(): number {
    return this.count;
  }

  /** Whether the heap holds `capacity` (≥ 1) entries, so a new one must beat the last kept. */
  get full(): boolean {
    return this.count === this.capacity && this.count > 0;
  }

  /** The key of the entry that ranks last (the root); meaningful when the heap is full. */
  get lastKey(): number {
    return this.keys[0];
  }

  /** Whether (key, score, item) ranks before (key2, score2, item2). */
  precedes(key: number, score: number, item: number, key2: number, score2: number, item2: number): boolean {
    if (key !== key2) return key < key2;
    if (score !== score2) return score > score2;
    if (item === item2) return false;
    const a = this.mentorIdOf(item);
    const b = this.mentorIdOf(item2);
    if (a !== b) return a < b;
    const sa = this.supplierIdOf(item);
    const sb = this.supplierIdOf(item2);
    if (sa !== sb) return sa < sb;
    return item < item2;
  }

  private mentorIdOf(item: number): string {
    return this.columns !== null ? this.columns.mentorId[item] : this.objects![item].mentorId;
  }

  private supplierIdOf(item: number): string {
    return this.columns !== null ? this.columns.supplierId[item] : this.objects![item].supplierId;
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

  /**
   * The heap slots, best entry first; read them with itemAt and scoreAt. An insertion sort, as k
   * is small, taking the slots from the last: the heap keeps its worst entries near the root, so
   * each one mostly lands at the end without shifting the rest.
   */
  sortedSlots(): number[] {
    const { keys, scores, items } = this;
    const slots = new Array<number>(this.count);
    for (let n = 0; n < this.count; n++) {
      const i = this.count - 1 - n;
      const key = keys[i];
      const score = scores[i];
      let j = n;
      for (; j > 0; j--) {
        const before = slots[j - 1];
        // The common cases inline; equal keys and scores go to the full tie-break.
        const precedes = key !== keys[before] ? key < keys[before] : score !== scores[before] ? score > scores[before] : this.precedes(key, score, items[i], keys[before], scores[before], items[before]);
        if (!precedes) break;
        slots[j] = before;
      }
      slots[j] = i;
    }
    return slots;
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

function isIdentityList(identities: readonly RankedIdentity[] | RankedIdentityColumns): identities is readonly RankedIdentity[] {
  return Array.isArray(identities);
}
