import { createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, KeyObject, randomBytes } from 'node:crypto';

/**
 * Sealing of bid content (ECIES over X25519 + AES-256-GCM).
 *
 * Each tender gets an X25519 key pair at publication. Bids are encrypted to the tender's public
 * key: an ephemeral key pair per seal, the shared secret through HKDF-SHA256 to an AES-256-GCM key,
 * the bid id as additional data (a sealed box cannot be moved to another bid). The tender's private
 * key is stored encrypted under the `sealed-bids` key derived from SECRET_KEY, with the tender id as
 * additional data; only `openBids` (after the deadline) unwraps it.
 *
 * The bidder's own readable copy is encrypted separately under a key derived from the
 * `bidder-bid-copy` key, the supplier id and the bid id, so reading one's own bid before the
 * deadline never touches the tender's private key.
 *
 * Formats are `v1.<base64url parts joined by '.'>`, so a future scheme can be told apart.
 */

const VERSION = 'v1';

export interface TenderSealKeys {
  /** X25519 public key, SPKI DER, base64url. */
  publicKey: string;
  /** The PKCS#8 private key, AES-256-GCM-encrypted under the sealed-bids key. */
  privateKeyEnc: string;
}

export function createTenderSealKeys(sealedBidsKey: Buffer, tenderId: string): TenderSealKeys {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64url'),
    privateKeyEnc: aesSeal(sealedBidsKey, pkcs8, `tender-key:${tenderId}`),
  };
}

/** Encrypts `plaintext` to the tender's public key; only the tender's private key opens it. */
export function sealToTender(publicKeyB64: string, plaintext: string, bidId: string): string {
  const recipient = createPublicKey({ key: Buffer.from(publicKeyB64, 'base64url'), format: 'der', type: 'spki' });
  const ephemeral = generateKeyPairSync('x25519');
  const ephemeralPublic = ephemeral.publicKey.export({ type: 'spki', format: 'der' });
  const key = sharedKey(ephemeral.privateKey, recipient, ephemeralPublic);
  return `${VERSION}.${ephemeralPublic.toString('base64url')}.${aesSeal(key, Buffer.from(plaintext, 'utf8'), `bid:${bidId}`).slice(VERSION.length + 1)}`;
}

/** Unwraps the tender's private key. Callers: `openBids` only, after the deadline. */
export function unwrapTenderPrivateKey(sealedBidsKey: Buffer, tenderId: string, privateKeyEnc: string): KeyObject {
  const der = aesOpen(sealedBidsKey, privateKeyEnc, `tender-key:${tenderId}`);
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

export function openSealed(privateKey: KeyObject, sealed: string, bidId: string): string {
  const [version, ephemeralB64, ...rest] = sealed.split('.');
  if (version !== VERSION || !ephemeralB64) throw new Error('Unknown sealed bid format.');
  const ephemeralPublic = Buffer.from(ephemeralB64, 'base64url');
  const key = sharedKey(privateKey, createPublicKey({ key: ephemeralPublic, format: 'der', type: 'spki' }), ephemeralPublic);
  return aesOpen(key, `${VERSION}.${rest.join('.')}`, `bid:${bidId}`).toString('utf8');
}

/** The bidder's own copy: a key bound to supplier and bid, derived from the bidder-copy master key. */
export function sealForBidder(bidderCopyKey: Buffer, supplierId: string, bidId: string, plaintext: string): string {
  return aesSeal(bidderKey(bidderCopyKey, supplierId, bidId), Buffer.from(plaintext, 'utf8'), `bidder:${supplierId}:${bidId}`);
}

export function openForBidder(bidderCopyKey: Buffer, supplierId: string, bidId: string, sealed: string): string {
  return aesOpen(bidderKey(bidderCopyKey, supplierId, bidId), sealed, `bidder:${supplierId}:${bidId}`).toString('utf8');
}

function bidderKey(master: Buffer, supplierId: string, bidId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, supplierId, `bid:${bidId}`, 32));
}

function sharedKey(privateKey: KeyObject, publicKey: KeyObject, ephemeralPublic: Buffer): Buffer {
  const secret = diffieHellman({ privateKey, publicKey });
  return Buffer.from(hkdfSync('sha256', secret, ephemeralPublic, 'mentor-marketplace sealed bid', 32));
}

function aesSeal(key: Buffer, plaintext: Buffer, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
}

function aesOpen(key: Buffer, sealed: string, aad: string): Buffer {
  const [version, iv, tag, ct] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || ct === undefined) throw new Error('Unknown sealed format.');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]);
}
