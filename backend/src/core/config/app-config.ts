import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * The one place that reads `process.env`. Every setting has a default and a description, is
 * checked at boot, and an invalid value stops the boot with a message naming the variable.
 */
export type NodeEnv = 'development' | 'production' | 'test';
export type MailDriverName = 'log' | 'smtp';

interface Setting<T> {
  description: string;
  defaultValue: string | undefined;
  parse(raw: string): T;
  /** Human-readable rule, shown when a value breaks it. */
  rule: string;
}

const int = (min: number, max: number) => (raw: string) => {
  if (!/^\d+$/.test(raw)) throw new Error();
  const n = Number(raw);
  if (n < min || n > max) throw new Error();
  return n;
};
const oneOf = <T extends string>(...values: T[]) => (raw: string): T => {
  if (!(values as string[]).includes(raw)) throw new Error();
  return raw as T;
};
const bool = (raw: string) => {
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error();
};
const url = (...protocols: string[]) => (raw: string) => {
  const u = new URL(raw);
  if (!protocols.includes(u.protocol)) throw new Error();
  return raw;
};
const text = (raw: string) => raw;
/** Express's `trust proxy`: a hop count, or names (loopback, linklocal, uniquelocal) and addresses/subnets. */
const trustProxy = (raw: string): string | number => {
  if (/^\d+$/.test(raw)) return Number(raw);
  const parts = raw.split(',').map((p) => p.trim());
  if (!parts.every((p) => ['loopback', 'linklocal', 'uniquelocal'].includes(p) || /^[\da-f.:]+(\/\d{1,3})?$/i.test(p))) throw new Error();
  return parts.join(',');
};

export const SETTINGS = {
  NODE_ENV: { description: 'development, production or test', defaultValue: 'development', parse: oneOf<NodeEnv>('development', 'production', 'test'), rule: 'one of development, production, test' },
  PORT: { description: 'HTTP port of the API and the web app', defaultValue: '3000', parse: int(0, 65535), rule: 'a port number 0–65535' },
  DATA_DIR: { description: 'Folder for embedded data: the PGlite database and the generated secret key (memory:// keeps nothing)', defaultValue: '.data', parse: text, rule: 'a folder path' },
  DATABASE_URL: { description: 'PostgreSQL URL; unset runs PostgreSQL in-process (PGlite) under DATA_DIR', defaultValue: undefined, parse: url('postgres:', 'postgresql:'), rule: 'a postgres:// URL' },
  REDIS_URL: { description: 'Redis URL for BullMQ queues; unset runs jobs on the in-process queue', defaultValue: undefined, parse: url('redis:', 'rediss:'), rule: 'a redis:// URL' },
  RUN_WORKERS: { description: 'Whether this API process also runs the job workers (set false when `npm run worker` runs them)', defaultValue: 'true', parse: bool, rule: 'true or false' },
  QUEUE_PREFIX: { description: 'Prefix of the BullMQ keys in Redis, so several installations can share one Redis', defaultValue: 'mm', parse: (raw: string) => { if (!/^[a-z0-9_-]{1,32}$/i.test(raw)) throw new Error(); return raw; }, rule: 'letters, digits, - or _, at most 32' },
  MAIL_DRIVER: { description: 'log writes mails to the log and keeps them for the admin page; smtp sends them', defaultValue: 'log', parse: oneOf<MailDriverName>('log', 'smtp'), rule: 'log or smtp' },
  MAIL_FROM: { description: 'Sender address of outgoing mail', defaultValue: 'Mentormarkedet <noreply@mentormarked.dk>', parse: text, rule: 'an address' },
  MAIL_RETENTION_DAYS: { description: 'Sent and failed mails (they can name citizens and suppliers) are deleted from the outbox after this many days', defaultValue: '30', parse: int(1, 3650), rule: 'days, 1–3650' },
  MAIL_RELAY_AFTER_SECONDS: { description: 'A queued mail whose send job was lost (a crash between commit and enqueue) is re-enqueued after this many seconds', defaultValue: '120', parse: int(1, 86400), rule: 'seconds, 1–86400' },
  SMTP_HOST: { description: 'SMTP server; required when MAIL_DRIVER=smtp', defaultValue: undefined, parse: text, rule: 'a host name' },
  SMTP_PORT: { description: 'SMTP port', defaultValue: '587', parse: int(1, 65535), rule: 'a port number' },
  SMTP_USER: { description: 'SMTP user name', defaultValue: undefined, parse: text, rule: 'text' },
  SMTP_PASSWORD: { description: 'SMTP password', defaultValue: undefined, parse: text, rule: 'text' },
  SECRET_KEY: { description: 'At least 32 characters; signs sessions and derives encryption keys. Unset outside production: generated once and kept under DATA_DIR', defaultValue: undefined, parse: (raw: string) => { if (raw.length < 32) throw new Error(); return raw; }, rule: 'at least 32 characters' },
  SESSION_TTL_HOURS: { description: 'How long a login lasts', defaultValue: '12', parse: int(1, 24 * 30), rule: 'hours, 1–720' },
  LOGIN_RATE_LIMIT: { description: 'Login attempts allowed per e-mail and client address per 15 minutes', defaultValue: '10', parse: int(1, 100000), rule: 'a whole number ≥ 1' },
  SEED_DEMO_DATA: { description: 'Load the demo marketplace into an empty database (default: true outside production)', defaultValue: undefined, parse: bool, rule: 'true or false' },
  PUBLIC_RATE_LIMIT: { description: 'Submissions of each public form (supplier registration, invitation, survey) allowed per client address per hour', defaultValue: '20', parse: int(1, 1_000_000), rule: 'a whole number ≥ 1' },
  PUBLIC_URL: { description: 'The address users reach the web app at, used in mail links', defaultValue: undefined, parse: url('http:', 'https:'), rule: 'an http(s) URL' },
  TRUST_PROXY: { description: "Which reverse proxies' X-Forwarded-For to believe for client addresses (rate limits, audit): loopback, a comma-separated list of addresses/subnets, or a hop count", defaultValue: 'loopback', parse: trustProxy, rule: 'loopback, addresses/subnets separated by commas, or a number of hops' },
  LOG_LEVEL: { description: 'error, warn, log, debug or verbose', defaultValue: 'log', parse: oneOf('error', 'warn', 'log', 'debug', 'verbose'), rule: 'one of error, warn, log, debug, verbose' },
  SERVE_WEB_APP: { description: 'Serve the built web app from dist/frontend on the API port', defaultValue: 'true', parse: bool, rule: 'true or false' },
  LIGHT_REGIME_THRESHOLD_DKK: { description: 'EU threshold (DKK) of the light regime for social services; a tender estimated above it needs an EU notice', defaultValue: '5581350', parse: int(0, 1_000_000_000), rule: 'a whole number of DKK' },
} satisfies Record<string, Setting<unknown>>;

export type SettingName = keyof typeof SETTINGS;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export class AppConfig {
  readonly nodeEnv: NodeEnv;
  readonly port: number;
  readonly dataDir: string;
  readonly databaseUrl?: string;
  readonly redisUrl?: string;
  readonly runWorkers: boolean;
  readonly queuePrefix: string;
  readonly mailDriver: MailDriverName;
  readonly mailFrom: string;
  readonly mailRelayAfterSeconds: number;
  readonly mailRetentionDays: number;
  readonly smtp: { host?: string; port: number; user?: string; password?: string };
  readonly secretKey: string;
  readonly sessionTtlHours: number;
  readonly loginRateLimit: number;
  readonly publicRateLimit: number;
  readonly seedDemoData: boolean;
  readonly publicUrl: string;
  readonly trustProxy: string | number;
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  readonly serveWebApp: boolean;
  /** Tenders estimated above this value (DKK) need an EU notice (light regime, 2024–25: 5,581,350). */
  readonly lightRegimeThresholdDkk: number;
  /** The release, from package.json when started through npm. */
  readonly version: string;

  get databaseDriver(): 'pglite' | 'postgres' {
    return this.databaseUrl ? 'postgres' : 'pglite';
  }
  get queueDriver(): 'inline' | 'bullmq' {
    return this.redisUrl ? 'bullmq' : 'inline';
  }
  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }

  /**
   * Reads and checks the environment. Collects every problem before failing, so one boot shows
   * all of them.
   */
  static fromEnv(source: Record<string, string | undefined> = process.env, overrides: Record<string, string | undefined> = {}): AppConfig {
    const env = { ...source, ...overrides };
    const problems: string[] = [];
    const read = <K extends SettingName>(name: K): ReturnType<(typeof SETTINGS)[K]['parse']> | undefined => {
      const setting: Setting<unknown> = SETTINGS[name];
      const raw = env[name] === '' ? undefined : (env[name] ?? setting.defaultValue);
      if (raw === undefined) return undefined;
      try {
        return setting.parse(raw) as ReturnType<(typeof SETTINGS)[K]['parse']>;
      } catch {
        problems.push(`${name}=${JSON.stringify(name.includes('PASSWORD') || name === 'SECRET_KEY' ? '…' : raw)} is not valid: expected ${setting.rule} (${setting.description}).`);
        return undefined;
      }
    };

    const nodeEnv = read('NODE_ENV') ?? 'development';
    const rawDataDir = read('DATA_DIR') ?? '.data';
    // `memory://` keeps the embedded database in memory (tests, throwaway demos).
    const dataDir = rawDataDir.startsWith('memory://') ? 'memory://' : resolve(rawDataDir);
    const mailDriver = read('MAIL_DRIVER') ?? 'log';
    const smtpHost = read('SMTP_HOST');
    const port = read('PORT') ?? 3000;
    let secretKey = read('SECRET_KEY');

    if (mailDriver === 'smtp' && !smtpHost) problems.push('SMTP_HOST is required when MAIL_DRIVER=smtp.');
    if (nodeEnv === 'production' && !env['SECRET_KEY']) {
      problems.push('SECRET_KEY is required when NODE_ENV=production (at least 32 characters, e.g. from `openssl rand -base64 48`).');
    }
    if (nodeEnv === 'production' && !env['DATABASE_URL']) {
      problems.push('DATABASE_URL is required when NODE_ENV=production: the embedded database is for development and demos.');
    }
    const config = Object.create(AppConfig.prototype) as AppConfig;
    const values = {
      nodeEnv,
      port,
      dataDir,
      databaseUrl: read('DATABASE_URL'),
      redisUrl: read('REDIS_URL'),
      runWorkers: read('RUN_WORKERS') ?? true,
      queuePrefix: read('QUEUE_PREFIX') ?? 'mm',
      mailDriver,
      mailFrom: read('MAIL_FROM') ?? 'Mentormarkedet <noreply@mentormarked.dk>',
      mailRelayAfterSeconds: read('MAIL_RELAY_AFTER_SECONDS') ?? 120,
      mailRetentionDays: read('MAIL_RETENTION_DAYS') ?? 30,
      smtp: { host: smtpHost, port: read('SMTP_PORT') ?? 587, user: read('SMTP_USER'), password: read('SMTP_PASSWORD') },
      sessionTtlHours: read('SESSION_TTL_HOURS') ?? 12,
      loginRateLimit: read('LOGIN_RATE_LIMIT') ?? 10,
      publicRateLimit: read('PUBLIC_RATE_LIMIT') ?? 20,
      seedDemoData: read('SEED_DEMO_DATA') ?? nodeEnv !== 'production',
      publicUrl: read('PUBLIC_URL') ?? `http://localhost:${port}`,
      trustProxy: read('TRUST_PROXY') ?? 'loopback',
      logLevel: read('LOG_LEVEL') ?? 'log',
      serveWebApp: read('SERVE_WEB_APP') ?? true,
      lightRegimeThresholdDkk: read('LIGHT_REGIME_THRESHOLD_DKK') ?? 5_581_350,
      version: env['npm_package_version'] ?? '0.1.0',
    };
    if (problems.length) throw new ConfigError(problems);
    if (!secretKey) secretKey = dataDir === 'memory://' ? randomBytes(48).toString('base64') : loadOrCreateSecretKey(dataDir);
    Object.assign(config, values, { secretKey });
    return Object.freeze(config);
  }

  /** For tests: a config from explicit values on top of the defaults, never the real environment. */
  static forTest(env: Record<string, string | undefined>): AppConfig {
    return AppConfig.fromEnv({ NODE_ENV: 'test', ...env });
  }
}

/** Embedded mode keeps a generated key so sessions and encrypted data survive restarts. */
function loadOrCreateSecretKey(dataDir: string): string {
  const file = isAbsolute(dataDir) ? join(dataDir, 'secret.key') : resolve(dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(48).toString('base64');
  writeFileSync(file, key + '\n', { mode: 0o600 });
  return key;
}
