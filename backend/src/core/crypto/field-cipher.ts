import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { KeyPurpose, KeyService } from './key.service';

const VERSION = 'v1';

/**
 * Encrypts sensitive fields (a citizen's identity, free-text notes) at rest with AES-256-GCM
 * under a purpose-bound key. The row's id is authenticated data, so a ciphertext copied into
 * another row does not decrypt. Format: `v1.<iv>.<tag>.<ciphertext>` (base64url).
 */
@Injectable()
export class FieldCipher {
  constructor(private readonly keys: KeyService) {}

  encrypt(purpose: KeyPurpose, rowId: string, value: unknown): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.key(purpose), iv);
    cipher.setAAD(Buffer.from(rowId));
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
  }

  decrypt<T>(purpose: KeyPurpose, rowId: string, stored: string): T {
    const [version, iv, tag, ciphertext] = stored.split('.');
    if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error(`Unknown ciphertext format for ${purpose}.`);
    const decipher = createDecipheriv('aes-256-gcm', this.keys.key(purpose), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(rowId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    const plaintext = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]);
    return JSON.parse(plaintext.toString('utf8')) as T;
  }

  /** A keyed hash to find equal values (the same citizen) without storing or decrypting them. */
  blindIndex(purpose: KeyPurpose, value: string): string {
    return createHmac('sha256', this.keys.key(purpose)).update(value).digest('hex');
  }
}
