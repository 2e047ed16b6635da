import { AppConfig } from '../../config/app-config';
import { LoginRateLimiter } from '../login-rate-limiter';

describe('LoginRateLimiter', () => {
  const limiter = () => new LoginRateLimiter(AppConfig.forTest({ DATA_DIR: 'memory://', LOGIN_RATE_LIMIT: '3' }));

  it('allows the limit, then asks to wait until the oldest attempt leaves the window', () => {
    const l = limiter();
    const t0 = 1_000_000;
    expect([l.hit('ip', 'a@x', t0), l.hit('ip', 'a@x', t0 + 1000), l.hit('ip', 'a@x', t0 + 2000)]).toEqual([0, 0, 0]);
    expect(l.hit('ip', 'A@X', t0 + 3000)).toBe(15 * 60 - 3);
    expect(l.hit('ip', 'a@x', t0 + 15 * 60 * 1000 + 2500)).toBe(0);
  });

  it('counts accounts separately but caps one address across accounts', () => {
    const l = limiter();
    for (let i = 0; i < 30; i++) expect(l.hit('ip', `user${i}@x`, 5000 + i)).toBe(0);
    expect(l.hit('ip', 'another@x', 6000)).toBeGreaterThan(0);
    expect(l.hit('other-ip', 'another@x', 6000)).toBe(0);
  });

  it('forgets an account after a successful login', () => {
    const l = limiter();
    for (let i = 0; i < 3; i++) l.hit('ip', 'a@x', 100 + i);
    l.reset('ip', 'a@x');
    expect(l.hit('ip', 'a@x', 200)).toBe(0);
  });
});
