import { AsyncLocalStorage } from 'node:async_hooks';
import { AsyncMutex } from './async-mutex';
import { Transaction } from './transaction';

/**
 * How the memory stores get real transactions.
 *
 * Why a mutex and an undo log rather than staged writes: every store operation works on the
 * maps synchronously, so the only place two pieces of work can interleave is between the
 * awaits of a unit of work. Serialising units of work with one lock makes them fully
 * serialisable, so uniqueness checks and the seat counter stay correct under any concurrency
 * with plain "check, then write" code, and an undo log makes rollback exact (including the
 * secondary indexes and counters) without a second copy of the state. Staged writes would
 * need every read to merge the stage with the committed maps and a conflict check at commit
 * time: much more code for concurrency that an in-memory store does not need.
 *
 * - An operation made outside any unit of work takes the lock for itself alone (so it never
 *   sees, or builds on, the writes of a unit of work that may still roll back) and acts at
 *   once. A failed operation undoes its own partial writes, like an SQL statement.
 * - Inside a unit of work, the stores handed to the work are bound to its transaction; the
 *   transaction is also kept in an AsyncLocalStorage, so calls made through the top-level
 *   stores from inside the work join it instead of waiting for the lock (no deadlock).
 * - A unit of work started inside another one is a savepoint: if it throws, only its own
 *   writes are undone. (Nested units of work started in parallel share one undo log, so one
 *   that fails may undo a sibling's later writes: nest them one after another.)
 *
 * The price: units of work run one at a time, so a unit of work that never settles blocks
 * the store. That is fine for tests and quick starts, which is what this store is for.
 */
export class TransactionRunner {
  private readonly lock = new AsyncMutex();
  private readonly context = new AsyncLocalStorage<Transaction>();

  /** Runs one store operation: in `bound` or the caller's transaction, or alone under the lock. */
  async apply<T>(operation: (tx: Transaction) => T, bound?: Transaction): Promise<T> {
    const joined = activeOrNull(bound) ?? activeOrNull(this.context.getStore());
    if (joined) return withSavepoint(joined, operation);
    return this.lock.runExclusive(() => this.inNewTransaction(operation));
  }

  /** Runs a unit of work: all its writes are kept when it resolves, none when it throws. */
  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const outer = activeOrNull(this.context.getStore());
    if (outer) return this.inSavepoint(outer, work);
    return this.lock.runExclusive(() => this.inNewTransaction(work));
  }

  private async inNewTransaction<T>(work: (tx: Transaction) => T | Promise<T>): Promise<T> {
    const tx = new Transaction();
    try {
      return await this.context.run(tx, () => work(tx));
    } catch (error) {
      tx.rollback();
      throw error;
    } finally {
      tx.end();
    }
  }

  private async inSavepoint<T>(tx: Transaction, work: (tx: Transaction) => Promise<T>): Promise<T> {
    const savepoint = tx.savepoint();
    try {
      return await work(tx);
    } catch (error) {
      if (tx.active) tx.rollbackTo(savepoint);
      throw error;
    }
  }
}

function activeOrNull(tx: Transaction | undefined): Transaction | null {
  return tx?.active ? tx : null;
}

function withSavepoint<T>(tx: Transaction, operation: (tx: Transaction) => T): T {
  const savepoint = tx.savepoint();
  try {
    return operation(tx);
  } catch (error) {
    tx.rollbackTo(savepoint);
    throw error;
  }
}
