import { EntityManager, EntitySubscriberInterface, EventSubscriber, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

const pending = new WeakMap<QueryRunner, Array<() => void>>();

/**
 * Runs `fn` once the transaction of `manager` has committed, and never if it rolls back. For
 * side effects outside the database (enqueueing a job), so a job never sees uncommitted rows.
 * Outside a transaction `fn` runs at once.
 */
export function afterCommit(manager: EntityManager, fn: () => void): void {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    fn();
    return;
  }
  const list = pending.get(runner) ?? [];
  list.push(fn);
  pending.set(runner, list);
}

@EventSubscriber()
export class AfterCommitSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Releasing a savepoint also "commits"; only the outermost commit counts.
    if (event.queryRunner.isTransactionActive) return;
    const list = pending.get(event.queryRunner);
    pending.delete(event.queryRunner);
    list?.forEach((fn) => fn());
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) pending.delete(event.queryRunner);
  }
}
