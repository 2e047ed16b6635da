import { Injectable } from '@nestjs/common';

import { AppConfig } from '../config/app-config';

const WINDOW_MS = 15 * 60 * 1000;

/**
 * Limits login attempts per (client address, e-mail) and, ten times looser, per client address,
 * in a sliding 15-minute window. In memory: each API process keeps its own count.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(private readonly config: AppConfig) {}

  /** Records an attempt; returns the seconds to wait when over the limit, else 0. */
  hit(clientAddress: string, email: string, now = Date.now()): number {
    const perAccount = this.touch(`a:${clientAddress}:${email.toLowerCase()}`, now);
    const perClient = this.touch(`c:${clientAddress}`, now);
    const limit = this.config.loginRateLimit;
    const over = (times: number[], max: number) => (times.length > max ? Math.ceil((times[0] + WINDOW_MS - now) / 1000) : 0);
    return Math.max(over(perAccount, limit), over(perClient, limit * 10));
  }

  /** A successful login clears the account's count. */
  reset(clientAddress: string, email: string): void {
    this.attempts.delete(`a:${clientAddress}:${email.toLowerCase()}`);
  }

  private touch(key: string, now: number): number[] {
    const times = (this.attempts.get(key) ?? []).filter((t) => t > now - WINDOW_MS);
    times.push(now);
    this.attempts.set(key, times);
    if (this.attempts.size > 50_000) this.sweep(now);
    return times;
  }

  private sweep(now: number) {
    for (const [key, times] of this.attempts) if (times[times.length - 1] <= now - WINDOW_MS) this.attempts.delete(key);
  }
}
