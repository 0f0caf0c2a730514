import type { EntityManager } from '@mikro-orm/core';
import { translateDriverError, type UniqueViolationHandler } from '../errors/translate-driver-error';
import type { UserCountMoves } from './user-counts';

/** The EntityManager Roster works with: core's, on either MikroORM major (SQL-only calls go through orm/mikro-orm-compat). */
export type RosterEntityManager = EntityManager;

/**
 * Where a store gets the EntityManager of one operation: always a fresh fork (rows are mapped to
 * domain objects at once, so nothing stays managed), of the base EntityManager outside a unit of
 * work (never the global one itself), of the transaction's EntityManager inside one.
 */
export interface StoreContext {
  em(): RosterEntityManager;
  /**
   * Inside a unit of work: where user writes leave their user-count moves, written when the work
   * is done (before the commit). Absent: each write applies its own at its end.
   */
  readonly userCounts?: UserCountMoves;
}

export function forkingContext(base: RosterEntityManager): StoreContext {
  return { em: () => base.fork({ clear: true }) };
}

/** Inside a transaction each operation still gets its own (empty) identity map, on the same transaction. */
export function transactionContext(em: RosterEntityManager, userCounts: UserCountMoves): StoreContext {
  return { em: () => em.fork({ clear: true, keepTransactionContext: true }), userCounts };
}

/** Runs `work` atomically: in the transaction already open on `em`, or in a new one. */
export function atomically<T>(em: RosterEntityManager, work: (em: RosterEntityManager) => Promise<T>): Promise<T> {
  return em.isInTransaction() ? work(em) : em.transactional((tx) => work(tx));
}

/** Runs one store operation, turning whatever it throws into a RosterError. */
export async function guarded<T>(operation: () => Promise<T>, onUnique?: UniqueViolationHandler): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw translateDriverError(error, onUnique);
  }
}
