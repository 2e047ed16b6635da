import { hkdfSync } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { AppConfig } from '../config/app-config';

/** What a derived key is for; each purpose gets its own key, so one leaking does not expose the others. */
export type KeyPurpose = 'session-signing' | 'invitation-token' | 'citizen-identity' | 'citizen-cpr-index' | 'sealed-bids' | 'bidder-bid-copy' | 'survey-token' | 'report-content';

/** Derives purpose-bound 256-bit keys from SECRET_KEY with HKDF-SHA256. */
@Injectable()
export class KeyService {
  private readonly cache = new Map<KeyPurpose, Buffer>();

  constructor(private readonly config: AppConfig) {}

  key(purpose: KeyPurpose): Buffer {
    let key = this.cache.get(purpose);
    if (!key) {
      key = Buffer.from(hkdfSync('sha256', this.config.secretKey, 'mentor-marketplace', purpose, 32));
      this.cache.set(purpose, key);
    }
    return key;
  }
}
