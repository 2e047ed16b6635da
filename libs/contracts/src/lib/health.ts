export type DatabaseDriver = 'pglite' | 'postgres';
export type QueueDriverName = 'inline' | 'bullmq';

export interface HealthResponse {
  status: 'ok' | 'degraded';
  version: string;
  uptimeSeconds: number;
  database: { driver: DatabaseDriver; reachable: boolean };
  queue: { driver: QueueDriverName; reachable: boolean };
  mail: { driver: 'log' | 'smtp' };
  /** Whether the demo accounts (published password) exist here: the login page lists them only then. */
  demo: boolean;
}
