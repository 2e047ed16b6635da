import { EventEmitter } from 'node:events';

import { PGlite, types } from '@electric-sql/pglite';

/**
 * A `pg`-compatible pool over one in-process PGlite database, for TypeORM's postgres driver.
 *
 * PGlite is a single connection. TypeORM holds a connection for a whole transaction, so handing
 * the same connection to two query runners at once would interleave their transactions (one's
 * COMMIT committing the other's half-done work). This pool therefore grants the connection to one
 * query runner at a time, queueing the rest, exactly like a pg pool of size 1. It also reports
 * `rowCount` and `command` as pg does, which TypeORM needs for `affected` counts.
 */
interface PgResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: { name: string; dataTypeID: number }[];
}
type Release = (err?: Error) => void;
type ConnectCallback = (err: Error | null, client: PGliteClient | null, release: Release) => void;

/** Stops a query runner that holds the connection forever from hanging everything silently. */
const ACQUIRE_TIMEOUT_MS = 60_000;

/** PGlite sends untyped booleans as 't'/'f' text, which pg-style callers don't expect. */
const bool = (val: unknown): string => {
  if (val === true || val === 'true' || val === 1) return 'TRUE';
  if (val === false || val === 'false' || val === 0) return 'FALSE';
  return String(val);
};

export class PGliteDatabase {
  private static readonly instances = new Map<string, PGliteDatabase>();
  private dbPromise?: Promise<PGlite>;
  private holder: PGliteClient | null = null;
  private readonly waiting: Array<() => void> = [];

  private constructor(readonly dataDir: string) {}

  /** One database per data folder per process; each `memory://` is a throwaway of its own. */
  static for(dataDir: string): PGliteDatabase {
    if (dataDir === 'memory://') return new PGliteDatabase(dataDir);
    let instance = PGliteDatabase.instances.get(dataDir);
    if (!instance) {
      instance = new PGliteDatabase(dataDir);
      PGliteDatabase.instances.set(dataDir, instance);
    }
    return instance;
  }

  db(): Promise<PGlite> {
    this.dbPromise ??= PGlite.create({ dataDir: this.dataDir, serializers: { [types.BOOL]: bool } });
    return this.dbPromise;
  }

  async acquire(): Promise<PGliteClient> {
    const db = await this.db();
    if (this.holder) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(grant), 1);
          reject(new Error(`The embedded database was busy for ${ACQUIRE_TIMEOUT_MS / 1000} s: a transaction is still open. If this happens in development, look for a query that runs outside its transaction's EntityManager.`));
        }, ACQUIRE_TIMEOUT_MS);
        const grant = () => {
          clearTimeout(timer);
          resolve();
        };
        this.waiting.push(grant);
      });
    }
    const client = new PGliteClient(db, () => this.release(client));
    this.holder = client;
    return client;
  }

  private release(client: PGliteClient) {
    if (this.holder !== client) return;
    this.holder = null;
    const next = this.waiting.shift();
    if (next) {
      // The next waiter takes the connection before anyone new can.
      this.holder = client;
      next();
      this.holder = null;
    }
  }

  async close(): Promise<void> {
    if (!this.dbPromise) return;
    const db = await this.dbPromise;
    this.dbPromise = undefined;
    PGliteDatabase.instances.delete(this.dataDir);
    await db.close();
  }
}

export class PGliteClient extends EventEmitter {
  constructor(
    private readonly db: PGlite,
    readonly release: () => void,
  ) {
    super();
  }

  async query(sql: string, params?: unknown[] | ((err: Error | null, res?: PgResult) => void), callback?: (err: Error | null, res?: PgResult) => void): Promise<PgResult> {
    if (typeof params === 'function') {
      callback = params;
      params = undefined;
    }
    try {
      let result: PgResult;
      if (Array.isArray(params) && params.length > 0) {
        const r = await this.db.query(sql, params);
        result = toPg(sql, r.rows, r.affectedRows, r.fields);
      } else {
        // exec runs multi-statement strings (migrations); TypeORM wants the last result.
        const all = await this.db.exec(sql);
        const last = all[all.length - 1];
        result = toPg(sql, last?.rows ?? [], last?.affectedRows, last?.fields ?? []);
      }
      callback?.(null, result);
      return result;
    } catch (error) {
      callback?.(error as Error);
      throw error;
    }
  }
}

function toPg(sql: string, rows: unknown[], affectedRows: number | undefined, fields: readonly { name: string; dataTypeID: number }[]): PgResult {
  const command = (/^\s*(\w+)/.exec(sql)?.[1] ?? '').toUpperCase();
  return { rows, rowCount: affectedRows ?? rows.length, command, fields: [...fields] };
}

/**
 * The module object TypeORM's postgres driver loads instead of `pg` (`options.driver`).
 * TypeORM passes its connection options to `new Pool(options)`; we read our data folder from the
 * `database` option.
 */
export function pgliteDriverModule(dataDir: string) {
  const database = PGliteDatabase.for(dataDir);
  class Pool extends EventEmitter {
    connect(callback: ConnectCallback) {
      database.acquire().then(
        (client) => callback(null, client, () => client.release()),
        (err: Error) => callback(err, null, () => undefined),
      );
    }
    end(callback?: (err: Error | null) => void) {
      database.close().then(
        () => callback?.(null),
        (err: Error) => callback?.(err),
      );
    }
  }
  return { Pool, database };
}
