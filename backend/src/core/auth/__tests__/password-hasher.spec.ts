import { hashPassword, verifyPassword } from '../password-hasher';

describe('password hashing', () => {
  it('verifies the right password and rejects others', async () => {
    const hash = await hashPassword('mentor-demo-2026');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w+/=]+\$[\w+/=]+$/);
    await expect(verifyPassword('mentor-demo-2026', hash)).resolves.toBe(true);
    await expect(verifyPassword('mentor-demo-2027', hash)).resolves.toBe(false);
    await expect(verifyPassword('', hash)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('treats composed and decomposed Unicode as the same password', async () => {
    const hash = await hashPassword('Søren-æøå');
    await expect(verifyPassword('Søren-æøå'.normalize('NFD'), hash)).resolves.toBe(true);
  });

  it('rejects malformed stored hashes instead of throwing', async () => {
    await expect(verifyPassword('x', 'plain-text')).resolves.toBe(false);
  });
});
