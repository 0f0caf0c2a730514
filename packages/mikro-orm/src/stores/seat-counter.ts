import { raw } from '@mikro-orm/core';
import { RosterError } from '@roster/core';
import { RosterTenantCounterSchema } from '../entities';
import { executeSql } from '../orm/mikro-orm-compat';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { type RosterEntityManager } from './store-context';

const COUNTERS = 'roster_tenant_counters';
const TAKE = 'user_count = user_count + 1';
const limited = (seatLimit: number | null): string => (seatLimit === null ? '' : ' and user_count < ?');

/**
 * Takes one seat and the next user id of a tenant in ONE round trip, under the row lock the
 * statement takes (held until the transaction ends, so no other allocation can slip in):
 * `UPDATE roster_tenant_counters SET user_count = user_count + 1, next_user_id = next_user_id + 1
 * WHERE tenant_id = ? [AND user_count < ?] RETURNING next_user_id` on PostgreSQL and SQLite; on
 * MariaDB/MySQL, which have no UPDATE … RETURNING, `next_user_id = LAST_INSERT_ID(next_user_id + 1)`,
 * whose value comes back in the statement's own answer (its insert id). Must run inside a
 * transaction. Null when the seat limit is reached; TENANT_NOT_FOUND without a counter row (those
 * two misses cost a second, reading query).
 */
export async function takeSeat(em: RosterEntityManager, tenantId: string, seatLimit: number | null): Promise<number | null> {
  const params = seatLimit === null ? [tenantId] : [tenantId, seatLimit];
  const taken = await updateReturningNextId(em, sqlDialectOf(em), params, limited(seatLimit));
  if (taken !== null) return taken - 1;
  const counter = await em.findOne(RosterTenantCounterSchema, { tenantId });
  if (!counter) throw new RosterError('TENANT_NOT_FOUND', 'no such tenant');
  return null;
}

/** The counter's new `next_user_id`, or null when no row was changed. */
async function updateReturningNextId(
  em: RosterEntityManager,
  dialect: SqlDialect,
  params: readonly unknown[],
  condition: string,
): Promise<number | null> {
  const where = `where tenant_id = ?${condition}`;
  if (dialect === 'mysql') {
    const sql = `update ${COUNTERS} set ${TAKE}, next_user_id = last_insert_id(next_user_id + 1) ${where}`;
    const result = await executeSql(em, sql, params, 'run');
    return result.affectedRows ? Number(result.insertId) : null;
  }
  const sql = `update ${COUNTERS} set ${TAKE}, next_user_id = next_user_id + 1 ${where} returning next_user_id`;
  const rows = await executeSql<{ next_user_id: number | string }>(em, sql, params);
  const [row] = rows;
  return row === undefined ? null : Number(row.next_user_id);
}

/**
 * Takes up to `count` seats and as many ids of a tenant (a bulk import's batch): the counter row
 * locked first (`SELECT … FOR UPDATE` on PostgreSQL and MariaDB/MySQL; on SQLite, whose writers
 * are serialised by the database lock, a no-op UPDATE that takes it), read, then moved by what
 * the seat limit grants, in one UPDATE. Two or three statements for the whole batch. Must run
 * inside a transaction. TENANT_NOT_FOUND without a counter row.
 */
export async function takeSeats(
  em: RosterEntityManager,
  tenantId: string,
  seatLimit: number | null,
  count: number,
): Promise<readonly number[]> {
  const dialect = sqlDialectOf(em);
  if (dialect === 'sqlite') await executeSql(em, `update ${COUNTERS} set user_count = user_count where tenant_id = ?`, [tenantId], 'run');
  const lock = dialect === 'sqlite' ? '' : ' for update';
  const [counter] = await executeSql<{ user_count: number | string; next_user_id: number | string }>(
    em,
    `select user_count, next_user_id from ${COUNTERS} where tenant_id = ?${lock}`,
    [tenantId],
  );
  if (counter === undefined) throw new RosterError('TENANT_NOT_FOUND', 'no such tenant');
  const seats = Number(counter.user_count);
  const next = Number(counter.next_user_id);
  const granted = Math.max(0, Math.min(count, seatLimit === null ? count : seatLimit - seats));
  if (granted === 0) return [];
  await executeSql(
    em,
    `update ${COUNTERS} set user_count = user_count + ?, next_user_id = next_user_id + ? where tenant_id = ?`,
    [granted, granted, tenantId],
    'run',
  );
  return Array.from({ length: granted }, (_, i) => next + i);
}

/** Gives one seat back, never going below zero. */
export async function giveSeatBack(em: RosterEntityManager, tenantId: string): Promise<void> {
  await em.nativeUpdate(RosterTenantCounterSchema, { tenantId, userCount: { $gt: 0 } }, { userCount: raw('user_count - 1') });
}

export async function seatsTaken(em: RosterEntityManager, tenantId: string): Promise<number> {
  const counter = await em.findOne(RosterTenantCounterSchema, { tenantId });
  return counter?.userCount ?? 0;
}

/** The counter of a tenant saved for the first time: no seat taken, next user and group ids 1. */
export async function createCounter(em: RosterEntityManager, tenantId: string): Promise<void> {
  await em.insert(RosterTenantCounterSchema, { tenantId, userCount: 0, nextUserId: 1, nextGroupId: 1 });
}
