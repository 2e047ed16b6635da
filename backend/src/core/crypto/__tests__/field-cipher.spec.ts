import { AppConfig } from '../../config/app-config';
import { FieldCipher } from '../field-cipher';
import { KeyService } from '../key.service';

const cipherWith = (secret: string) => new FieldCipher(new KeyService(AppConfig.forTest({ DATA_DIR: 'memory://', SECRET_KEY: secret })));

describe('FieldCipher', () => {
  const cipher = cipherWith('a'.repeat(40));
  const identity = { name: 'Bo Borger', cpr: '0101901234', phone: '12345678' };

  it('round-trips and never stores the plaintext', () => {
    const stored = cipher.encrypt('citizen-identity', 'row-1', identity);
    expect(stored).not.toContain('0101901234');
    expect(stored).not.toContain('Bo Borger');
    expect(cipher.decrypt('citizen-identity', 'row-1', stored)).toEqual(identity);
  });

  it('uses a fresh IV: the same value encrypts differently each time', () => {
    expect(cipher.encrypt('citizen-identity', 'row-1', identity)).not.toBe(cipher.encrypt('citizen-identity', 'row-1', identity));
  });

  it('refuses a ciphertext moved to another row, a tampered one, another key or another purpose', () => {
    const stored = cipher.encrypt('citizen-identity', 'row-1', identity);
    expect(() => cipher.decrypt('citizen-identity', 'row-2', stored)).toThrow();
    const parts = stored.split('.');
    const bytes = Buffer.from(parts[3], 'base64url');
    bytes[0] ^= 0x01;
    const flipped = bytes.toString('base64url');
    expect(flipped).not.toBe(parts[3]);
    expect(() => cipher.decrypt('citizen-identity', 'row-1', [...parts.slice(0, 3), flipped].join('.'))).toThrow();
    expect(() => cipherWith('b'.repeat(40)).decrypt('citizen-identity', 'row-1', stored)).toThrow();
    expect(() => cipher.decrypt('sealed-bids', 'row-1', stored)).toThrow();
  });

  it('gives equal values the same blind index, per key', () => {
    expect(cipher.blindIndex('citizen-cpr-index', '0167:0101901234')).toBe(cipher.blindIndex('citizen-cpr-index', '0167:0101901234'));
    expect(cipher.blindIndex('citizen-cpr-index', '0167:0101901234')).not.toBe(cipher.blindIndex('citizen-cpr-index', '0167:0101901235'));
    expect(cipherWith('b'.repeat(40)).blindIndex('citizen-cpr-index', '0167:0101901234')).not.toBe(cipher.blindIndex('citizen-cpr-index', '0167:0101901234'));
  });
});
