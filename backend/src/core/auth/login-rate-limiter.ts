import { Injectable } from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { SlidingWindow } from '../http/rate-limit/sliding-window';

/**
 * Limits login attempts per (client address, e-mail) and, ten times looser, per client address,
 * in a sliding 15-minute window.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly window = new SlidingWindow(15 * 60 * 1000);

  constructor(private readonly config: AppConfig) {}

  /** Records an attempt; returns the seconds to wait when over the limit, else 0. */
  hit(clientAddress: string, email: string, now = Date.now()): number {
    const limit = this.config.loginRateLimit;
    const perAccount = this.window.hit(`a:${clientAddress}:${email.toLowerCase()}`, limit, now);
    const perClient = this.window.hit(`c:${clientAddress}`, limit * 10, now);
    return Math.max(perAccount, perClient);
  }

  /** A successful login clears the account's count. */
  reset(clientAddress: string, email: string): void {
    this.window.reset(`a:${clientAddress}:${email.toLowerCase()}`);
  }
}
