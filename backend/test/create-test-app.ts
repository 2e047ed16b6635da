import { randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';

import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AppConfig } from '../src/core/config/app-config';
import { createApp } from '../src/create-app';
import { DEMO_PASSWORD } from '../src/core/database/seed/demo-accounts';
import { createTestDatabase, TEST_DRIVERS, TEST_REDIS_URL } from './test-drivers';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestOptions {
  token?: string;
  cookie?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * The real application on a random port, with its own database (a fresh PostgreSQL database or
 * an in-memory PGlite), its own queue prefix, and the demo data seeded.
 */
export class TestApp {
  private constructor(
    readonly app: INestApplication,
    readonly config: AppConfig,
    readonly baseUrl: string,
    private readonly cleanup: () => Promise<void>,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<TestApp> {
    let databaseUrl: string | undefined;
    let drop = async (): Promise<void> => undefined;
    if (TEST_DRIVERS === 'services') {
      const db = await createTestDatabase();
      databaseUrl = db.url;
      drop = db.drop;
    }
    const config = AppConfig.forTest({
      DATA_DIR: 'memory://',
      SECRET_KEY: `test-secret-${randomUUID()}-0123456789`,
      LOG_LEVEL: 'error',
      SERVE_WEB_APP: 'false',
      SEED_DEMO_DATA: 'true',
      LOGIN_RATE_LIMIT: '1000',
      PUBLIC_RATE_LIMIT: '10000',
      PORT: '0',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...(TEST_DRIVERS === 'services' ? { REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: `test-${randomUUID().slice(0, 8)}` } : {}),
      ...env,
    });
    const app = await createApp(config);
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as AddressInfo).port;
    return new TestApp(app, config, `http://127.0.0.1:${port}`, async () => {
      await app.close();
      await drop();
    });
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (options.token) headers['Authorization'] = `Bearer ${options.token}`;
    if (options.cookie) headers['Cookie'] = options.cookie;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: body as T, headers: res.headers };
  }

  /** Logs in a demo (or invited) user and returns the bearer token. */
  async login(email: string, password = DEMO_PASSWORD): Promise<string> {
    const res = await this.request<{ accessToken: string }>('POST', '/api/auth/login', { body: { email, password } });
    if (res.status !== 200) throw new Error(`Login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken;
  }

  async close(): Promise<void> {
    await this.cleanup();
  }
}
