/**
 * Counts events per key in a sliding window, in memory: each API process keeps its own counts,
 * so with N processes behind a load balancer a client gets at most N times the limit.
 */
export class SlidingWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly windowMs: number) {}

  /** Records an event; returns the seconds until the key is under `max` again, or 0 when it is now. */
  hit(key: string, max: number, now = Date.now()): number {
    const times = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs);
    times.push(now);
    this.hits.set(key, times);
    if (this.hits.size > 50_000) this.sweep(now);
    return times.length > max ? Math.ceil((times[times.length - 1 - max] + this.windowMs - now) / 1000) : 0;
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private sweep(now: number) {
    for (const [key, times] of this.hits) if (times[times.length - 1] <= now - this.windowMs) this.hits.delete(key);
  }
}
