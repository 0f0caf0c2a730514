import type { UserListQuery } from '@roster/core';
import { RosterUserCountSchema } from '../entities';
import { executeSql } from '../orm/mikro-orm-compat';
import { sqlDialectOf, type SqlDialect } from '../orm/sql-dialect';
import { type RosterEntityManager } from './store-context';

/** A user's cell in `roster_user_counts` (a `User` is one). */
export interface UserCell {
  readonly tenantId: string;
  readonly role: string;
  readonly status: string;
}

interface CellChange extends UserCell {
  readonly delta: number;
}

const ADD: Record<SqlDialect, string> = {
  sqlite:
    'insert into roster_user_counts (tenant_id, role, status, users) values (?, ?, ?, ?) on conflict (tenant_id, role, status) do update set users = users + ?',
  postgresql:
    'insert into roster_user_counts (tenant_id, role, status, users) values (?, ?, ?, ?) on conflict (tenant_id, role, status) do update set users = roster_user_counts.users + ?',
  // The table has no unique key but its primary key, so this fires on that key only.
  mysql: 'insert into roster_user_counts (tenant_id, role, status, users) values (?, ?, ?, ?) on duplicate key update users = users + ?',
};

const REMOVE = 'update roster_user_counts set users = greatest(users - ?, 0) where tenant_id = ? and role = ? and status = ?';
const REMOVE_SQLITE = 'update roster_user_counts set users = max(users - ?, 0) where tenant_id = ? and role = ? and status = ?';

function byCell(a: UserCell, b: UserCell): number {
  for (const key of ['tenantId', 'role', 'status'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  return 0;
}

/**
 * The moves of users between cells that one transaction's user writes made, netted per cell and
 * written by `apply` at the end of the transaction, after every user row it wrote. So a writer
 * takes cell rows last, and in one order (tenant, role, status): it holds every other row it
 * needs before it waits for a cell, and no two writers wait on each other in a circle (a create
 * holds the seat counter before its user row, a delete its user row before the seat counter).
 */
export class UserCountMoves {
  private readonly changes = new Map<string, CellChange>();

  /** A user went from `before` to `after` (null: not stored). */
  move(before: UserCell | null, after: UserCell | null): void {
    if (before) this.add(before, -1);
    if (after) this.add(after, 1);
  }

  /** Writes the net changes in cell order (adding upserts the cell; removing never goes below zero), and forgets them. */
  async apply(em: RosterEntityManager): Promise<void> {
    const changes = [...this.changes.values()].filter((change) => change.delta !== 0).sort(byCell);
    this.changes.clear();
    if (changes.length === 0) return;
    const dialect = sqlDialectOf(em);
    for (const { tenantId, role, status, delta } of changes) {
      if (delta > 0) await executeSql(em, ADD[dialect], [tenantId, role, status, delta, delta], 'run');
      else await executeSql(em, dialect === 'sqlite' ? REMOVE_SQLITE : REMOVE, [-delta, tenantId, role, status], 'run');
    }
  }

  /** The net change not yet written to the cells a list query sums (its own writes, for a list inside the unit of work). */
  pendingFor(query: UserListQuery): number {
    let delta = 0;
    for (const change of this.changes.values()) if (matches(change, query)) delta += change.delta;
    return delta;
  }

  private add(cell: UserCell, delta: number): void {
    const key = JSON.stringify([cell.tenantId, cell.role, cell.status]);
    const delta0 = this.changes.get(key)?.delta ?? 0;
    this.changes.set(key, { tenantId: cell.tenantId, role: cell.role, status: cell.status, delta: delta0 + delta });
  }
}

/** Whether the counters answer this query's total: only tenant, role and status filter it. */
export function countersAnswer(query: UserListQuery): boolean {
  return query.organizationIds === undefined && query.groupId === undefined && query.anyOf === undefined && query.filter === undefined;
}

function matches(cell: UserCell, query: UserListQuery): boolean {
  return (
    cell.tenantId === query.tenantId &&
    (query.role === undefined || cell.role === query.role) &&
    (query.status === undefined || cell.status === query.status)
  );
}

/**
 * The users of the query's tenant with its role and status (when given): the sum of the matching
 * cells, plus the moves of the unit of work the query runs in, not yet written.
 */
export async function countedUsers(em: RosterEntityManager, query: UserListQuery, pending?: UserCountMoves): Promise<number> {
  const where: Record<string, unknown> = { tenantId: query.tenantId };
  if (query.role !== undefined) where.role = query.role;
  if (query.status !== undefined) where.status = query.status;
  const cells = await em.find(RosterUserCountSchema, where, { fields: ['users'] });
  return cells.reduce((sum, cell) => sum + cell.users, pending?.pendingFor(query) ?? 0);
}
