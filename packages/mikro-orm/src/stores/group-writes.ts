import { raw } from '@mikro-orm/core';
import { groupNamedLike, membershipChanges, nextGroupId, RosterError, type Group, type GroupChanges, type NewGroup } from '@roster/core';
import { RosterGroupSchema, RosterTenantCounterSchema, RosterUserGroupSchema, RosterUserSchema } from '../entities';
import { toGroup, toGroupRow } from '../mappers';
import { executeSql } from '../orm/mikro-orm-compat';
import { sqlDialectOf } from '../orm/sql-dialect';
import type { RosterEntityManager } from './store-context';

const nameTaken = (): RosterError => new RosterError('GROUP_NAME_TAKEN', 'another group of the tenant has this name');
const versionConflict = (): RosterError => new RosterError('VERSION_CONFLICT', 'the group was changed meanwhile');

/**
 * Serialises the group writes of one tenant: the lock of its counter row (`roster_tenant_counters`),
 * held until the transaction ends, and answers the tenant's next group id. `SELECT … FOR UPDATE` on
 * PostgreSQL and MariaDB/MySQL; on SQLite, whose writers are serialised by the database lock, a
 * no-op UPDATE that takes it (`RETURNING` the counter). TENANT_NOT_FOUND without a counter row.
 * Must run inside a transaction.
 */
async function lockTenantGroups(em: RosterEntityManager, tenantId: string): Promise<number> {
  const sql =
    sqlDialectOf(em) === 'sqlite'
      ? 'update roster_tenant_counters set user_count = user_count where tenant_id = ? returning next_group_id'
      : 'select next_group_id from roster_tenant_counters where tenant_id = ? for update';
  const [row] = await executeSql<{ next_group_id: number | string }>(em, sql, [tenantId]);
  if (row === undefined) throw new RosterError('TENANT_NOT_FOUND', 'no such tenant');
  return Number(row.next_group_id);
}

/** Moves the tenant's group counter past `id` (never back): after a group written with that id. */
export async function passGroupId(em: RosterEntityManager, tenantId: string, id: number): Promise<void> {
  await em.nativeUpdate(RosterTenantCounterSchema, { tenantId, nextGroupId: { $lte: id } }, { nextGroupId: id + 1 });
}

/**
 * The ids and names of a tenant's groups, read after the lock: on MariaDB/MySQL as a locking read
 * (`FOR UPDATE` reads the latest committed rows, not the transaction's repeatable-read snapshot);
 * PostgreSQL's read committed statements see them anyway. Names are compared by `groupNameKey` in
 * JavaScript, not by SQL `lower()` (SQLite's folds ASCII only): one narrow scan per group write.
 */
async function groupNames(em: RosterEntityManager, tenantId: string): Promise<{ id: number; name: string }[]> {
  const lock = sqlDialectOf(em) === 'mysql' ? ' for update' : '';
  const rows = await executeSql<{ id: number | string; name: string }>(
    em,
    `select id, name from roster_groups where tenant_id = ?${lock}`,
    [tenantId],
  );
  return rows.map((row) => ({ id: Number(row.id), name: row.name }));
}

/** A new group with the tenant's next id (`nextGroupId`: never one a deleted group had), its name unique in any case, at version 1. */
export async function insertGroup(em: RosterEntityManager, group: NewGroup): Promise<Group> {
  const counter = await lockTenantGroups(em, group.tenantId);
  const groups = await groupNames(em, group.tenantId);
  if (groupNamedLike(groups, group.name) !== null) throw nameTaken();
  const id = nextGroupId(
    counter,
    groups.map((g) => g.id),
  );
  const created: Group = { ...group, id, version: 1, externalId: group.externalId ?? null, updatedAt: group.createdAt };
  await em.insert(RosterGroupSchema, toGroupRow(created));
  await passGroupId(em, group.tenantId, id);
  return created;
}

/**
 * The changes of a group and its version moved on, in one UPDATE held to `expectedVersion` when
 * given (0 rows for a group that exists: VERSION_CONFLICT). The name check runs under the tenant's
 * group lock, as on create.
 */
export async function updateGroupRow(
  em: RosterEntityManager,
  tenantId: string,
  id: number,
  changes: GroupChanges,
  expectedVersion?: number,
): Promise<Group | null> {
  await lockTenantGroups(em, tenantId);
  const groups = await groupNames(em, tenantId);
  if (!groups.some((group) => group.id === id)) return null;
  if (changes.name !== undefined && groupNamedLike(groups, changes.name, id) !== null) throw nameTaken();
  const where = { tenantId, id, ...(expectedVersion === undefined ? {} : { version: expectedVersion }) };
  const named = changes.name === undefined ? {} : { name: changes.name };
  const linked = changes.externalId === undefined ? {} : { externalId: changes.externalId };
  const updatedAt = new Date(changes.updatedAt.getTime());
  if ((await em.nativeUpdate(RosterGroupSchema, where, { ...named, ...linked, updatedAt, version: raw('version + 1') })) === 0) {
    throw versionConflict();
  }
  const row = await em.findOne(RosterGroupSchema, { tenantId, id });
  return row ? toGroup(row) : null;
}

/**
 * Moves on the version of every group of the tenant a user joined or left (`before` → `after`
 * group ids), changed `at`: one UPDATE, none when the memberships are the same.
 */
export async function moveGroupVersions(
  em: RosterEntityManager,
  tenantId: string,
  before: readonly number[],
  after: readonly number[],
  at: Date,
): Promise<void> {
  const changed = membershipChanges(before, after);
  if (changed.length === 0) return;
  await em.nativeUpdate(
    RosterGroupSchema,
    { tenantId, id: { $in: changed } },
    { version: raw('version + 1'), updatedAt: new Date(at.getTime()) },
  );
}

/**
 * The group first (held to `expectedVersion` when given: one DELETE, the version in its WHERE),
 * then its memberships: the membership rows, and each member's `group_ids`, one version on, with
 * `updated_at` = `at`.
 */
export async function removeGroup(
  em: RosterEntityManager,
  tenantId: string,
  id: number,
  at: Date,
  expectedVersion?: number,
): Promise<boolean> {
  const where = { tenantId, id, ...(expectedVersion === undefined ? {} : { version: expectedVersion }) };
  if ((await em.nativeDelete(RosterGroupSchema, where)) === 0) {
    if (expectedVersion !== undefined && (await em.count(RosterGroupSchema, { tenantId, id })) > 0) throw versionConflict();
    return false;
  }
  const memberships = await em.find(RosterUserGroupSchema, { tenantId, groupId: id });
  // Not managed: a flush at the end of the transaction must not write the rows as read back over the updates.
  const members =
    memberships.length === 0
      ? []
      : await em.find(
          RosterUserSchema,
          { tenantId, id: { $in: memberships.map((m) => m.userId) } },
          { fields: ['id', 'groupIds'], disableIdentityMap: true },
        );
  for (const member of members) {
    const groupIds = member.groupIds.filter((groupId) => groupId !== id);
    await em.nativeUpdate(
      RosterUserSchema,
      { tenantId, id: member.id },
      { groupIds, version: raw('version + 1'), updatedAt: new Date(at.getTime()) },
    );
  }
  await em.nativeDelete(RosterUserGroupSchema, { tenantId, groupId: id });
  return true;
}
