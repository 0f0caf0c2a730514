import { raw } from '@mikro-orm/core';
import { RosterError } from '@roster/core';
import { RosterTenantCounterSchema } from '../entities';
import { type RosterEntityManager } from './store-context';

/**
 * Takes one seat and the next user id of a tenant with one atomic statement,
 * `UPDATE roster_tenant_counters SET user_count = user_count + 1, next_user_id = next_user_id + 1
 * WHERE tenant_id = ? [AND user_count < ?]`, then reads the row back in the same transaction
 * (the update holds its lock, so no other allocation can slip in between). Must run inside a
 * transaction. Null when the seat limit is reached; TENANT_NOT_FOUND without a counter row.
 */
export async function takeSeat(em: RosterEntityManager, tenantId: string, seatLimit: number | null): Promise<number | null> {
  const where = seatLimit === null ? { tenantId } : { tenantId, userCount: { $lt: seatLimit } };
  const changed = await em.nativeUpdate(RosterTenantCounterSchema, where, {
    userCount: raw('user_count + 1'),
    nextUserId: raw('next_user_id + 1'),
  });
  const counter = await em.findOne(RosterTenantCounterSchema, { tenantId });
  if (!counter) throw new RosterError('TENANT_NOT_FOUND', 'no such tenant');
  return changed === 0 ? null : counter.nextUserId - 1;
}

/** Gives one seat back, never going below zero. */
export async function giveSeatBack(em: RosterEntityManager, tenantId: string): Promise<void> {
  await em.nativeUpdate(RosterTenantCounterSchema, { tenantId, userCount: { $gt: 0 } }, { userCount: raw('user_count - 1') });
}

export async function seatsTaken(em: RosterEntityManager, tenantId: string): Promise<number> {
  const counter = await em.findOne(RosterTenantCounterSchema, { tenantId });
  return counter?.userCount ?? 0;
}

/** The counter of a tenant saved for the first time: no seat taken, next id 1. */
export async function createCounter(em: RosterEntityManager, tenantId: string): Promise<void> {
  await em.insert(RosterTenantCounterSchema, { tenantId, userCount: 0, nextUserId: 1 });
}
