import { randomBytes } from 'node:crypto';

import { canonicalJson, sha256Hex } from '../canonical-json.util';
import { createTenderSealKeys, openForBidder, openSealed, sealForBidder, sealToTender, unwrapTenderPrivateKey } from '../bid-seal.util';

describe('bid sealing', () => {
  const master = randomBytes(32);
  const bidderMaster = randomBytes(32);

  it('opens only with the tender key, for the same bid', () => {
    const keys = createTenderSealKeys(master, 'tender-1');
    const sealed = sealToTender(keys.publicKey, '{"hourlyRate":512}', 'bid-1');
    // The plaintext's field name, not a short number that random base64 may contain by chance.
    expect(sealed).not.toContain('hourlyRate');
    const privateKey = unwrapTenderPrivateKey(master, 'tender-1', keys.privateKeyEnc);
    expect(openSealed(privateKey, sealed, 'bid-1')).toBe('{"hourlyRate":512}');
    expect(() => openSealed(privateKey, sealed, 'bid-2')).toThrow();
    expect(() => unwrapTenderPrivateKey(randomBytes(32), 'tender-1', keys.privateKeyEnc)).toThrow();
    expect(() => unwrapTenderPrivateKey(master, 'tender-2', keys.privateKeyEnc)).toThrow();
    const other = unwrapTenderPrivateKey(master, 'tender-2', createTenderSealKeys(master, 'tender-2').privateKeyEnc);
    expect(() => openSealed(other, sealed, 'bid-1')).toThrow();
  });

  it("binds the bidder's copy to supplier and bid", () => {
    const sealed = sealForBidder(bidderMaster, 'supplier-a', 'bid-1', 'secret answer');
    expect(openForBidder(bidderMaster, 'supplier-a', 'bid-1', sealed)).toBe('secret answer');
    expect(() => openForBidder(bidderMaster, 'supplier-b', 'bid-1', sealed)).toThrow();
    expect(() => openForBidder(bidderMaster, 'supplier-a', 'bid-2', sealed)).toThrow();
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 'æ' }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":"æ","z":1}]},"b":1}');
  });

  it('gives the same hash for the same content in any key order', () => {
    expect(sha256Hex(canonicalJson({ x: 1, y: 2 }))).toBe(sha256Hex(canonicalJson({ y: 2, x: 1 })));
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
