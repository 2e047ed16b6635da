import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

import { Role } from '@mentor/contracts';

/** The logged-in caller, as the auth guard established it. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: Role;
  municipalityCode: string | null;
  supplierId: string | null;
  mentorId: string | null;
  sessionId: string;
}

interface ContextStore {
  requestId: string;
  actor: Actor | null;
  /** Jobs and the seed run as the system: no tenant scope applies, and it must be asked for. */
  system: boolean;
}

const storage = new AsyncLocalStorage<ContextStore>();

/**
 * Per-request context, carried by AsyncLocalStorage so that services and the tenant scope know
 * the caller without every method passing it along.
 */
export const RequestContext = {
  /** Runs `fn` in a fresh context (HTTP middleware). The auth guard fills in the actor later. */
  run<T>(fn: () => T, requestId: string = randomUUID()): T {
    return storage.run({ requestId, actor: null, system: false }, fn);
  },
  /** Runs `fn` as the system: jobs, seeding, migrations. */
  runAsSystem<T>(fn: () => T): T {
    return storage.run({ requestId: `system-${randomUUID()}`, actor: null, system: true }, fn);
  },
  /** Runs `fn` as the given actor (tests, jobs acting on a user's behalf). */
  runAs<T>(actor: Actor, fn: () => T): T {
    return storage.run({ requestId: randomUUID(), actor, system: false }, fn);
  },
  setActor(actor: Actor): void {
    const store = storage.getStore();
    if (!store) throw new Error('RequestContext.setActor called outside a request context.');
    store.actor = actor;
  },
  actor(): Actor | null {
    return storage.getStore()?.actor ?? null;
  },
  requestId(): string | null {
    return storage.getStore()?.requestId ?? null;
  },
  isSystem(): boolean {
    return storage.getStore()?.system ?? false;
  },
};
