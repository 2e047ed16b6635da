import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AppConfig, ConfigError } from '../app-config';

const problemsOf = (env: Record<string, string>) => {
  try {
    AppConfig.fromEnv({ DATA_DIR: 'memory://', ...env });
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
};

describe('AppConfig', () => {
  it('runs embedded with no configuration at all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-config-'));
    const config = AppConfig.fromEnv({ DATA_DIR: dir });
    expect(config).toMatchObject({ port: 3000, databaseDriver: 'pglite', queueDriver: 'inline', mailDriver: 'log', runWorkers: true, seedDemoData: true, nodeEnv: 'development' });
    // The generated key is kept, so a restart reads the same one.
    expect(config.secretKey.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'secret.key'), 'utf8').trim()).toBe(config.secretKey);
    expect(AppConfig.fromEnv({ DATA_DIR: dir }).secretKey).toBe(config.secretKey);
  });

  it('switches drivers from the URLs', () => {
    const config = AppConfig.fromEnv({ DATA_DIR: 'memory://', DATABASE_URL: 'postgres://u@db:5432/mm', REDIS_URL: 'redis://cache:6379' });
    expect(config.databaseDriver).toBe('postgres');
    expect(config.queueDriver).toBe('bullmq');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ MAIL_DRIVER: 'pigeon' }, 'MAIL_DRIVER'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
    [{ SECRET_KEY: 'short' }, 'SECRET_KEY'],
    [{ RUN_WORKERS: 'maybe' }, 'RUN_WORKERS'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ TRUST_PROXY: 'everyone' }, 'TRUST_PROXY'],
    [{ TRUST_PROXY: '10.0.0.0/8, proxy.local' }, 'TRUST_PROXY'],
    [{ PUBLIC_RATE_LIMIT: '0' }, 'PUBLIC_RATE_LIMIT'],
    [{ MAIL_RETENTION_DAYS: '0' }, 'MAIL_RETENTION_DAYS'],
  ])('stops on %p with a message naming %s', (env, name) => {
    const problems = problemsOf(env);
    expect(problems).toHaveLength(1);
    expect(problems[0].startsWith(name)).toBe(true);
  });

  it('never echoes a secret in the message', () => {
    expect(problemsOf({ SECRET_KEY: 'hunter2' })[0]).not.toContain('hunter2');
  });

  it('lists every problem at once, including conditional requirements', () => {
    const problems = problemsOf({ NODE_ENV: 'production', MAIL_DRIVER: 'smtp', PORT: '-1' });
    expect(problems.map((p) => p.split(/[ =]/)[0]).sort()).toEqual(['DATABASE_URL', 'PORT', 'SECRET_KEY', 'SMTP_HOST']);
  });

  it('does not seed demo data in production unless asked', () => {
    const prod = { NODE_ENV: 'production', SECRET_KEY: 'k'.repeat(40), DATABASE_URL: 'postgres://u@db/mm' };
    expect(AppConfig.fromEnv(prod).seedDemoData).toBe(false);
    expect(AppConfig.fromEnv({ ...prod, SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it.each([
    ['loopback', 'loopback'],
    ['2', 2],
    ['10.0.0.0/8, 192.168.1.10', '10.0.0.0/8,192.168.1.10'],
    ['loopback,fd00::/8', 'loopback,fd00::/8'],
  ])('reads TRUST_PROXY=%p as %p for Express', (raw, expected) => {
    expect(AppConfig.forTest({ DATA_DIR: 'memory://', TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });
});
