import { executeSql } from '../orm/mikro-orm-compat';
import { sqlDialectOf } from '../orm/sql-dialect';
import { type RosterEntityManager } from './store-context';
import type { UserCell } from './user-counts';

interface DeletedRow {
  readonly role: string;
  readonly status: string;
}

/**
 * Deletes one user row (at `expectedVersion`, when given) and answers the cell it was counted in (null: there was no such row).
 * PostgreSQL and SQLite say it in the statement's own answer (`DELETE … RETURNING`); MariaDB/MySQL,
 * which have no `RETURNING` there, read it under the row lock the delete then keeps
 * (`SELECT … FOR UPDATE`), so no other writer can change the row in between. Inside a transaction.
 */
export async function deleteUserRow(
  em: RosterEntityManager,
  tenantId: string,
  id: number,
  expectedVersion?: number,
): Promise<UserCell | null> {
  // With a version, only the row still at that version (a versioned delete: no read-then-delete race).
  const params = expectedVersion === undefined ? [tenantId, id] : [tenantId, id, expectedVersion];
  const where = expectedVersion === undefined ? 'where tenant_id = ? and id = ?' : 'where tenant_id = ? and id = ? and version = ?';
  if (sqlDialectOf(em) === 'mysql') {
    const locked = (await executeSql<DeletedRow>(em, `select role, status from roster_users ${where} for update`, params)).at(0);
    if (!locked) return null;
    await executeSql(em, `delete from roster_users ${where}`, params, 'run');
    return { tenantId, role: locked.role, status: locked.status };
  }
  const deleted = (await executeSql<DeletedRow>(em, `delete from roster_users ${where} returning role, status`, params)).at(0);
  return deleted ? { tenantId, role: deleted.role, status: deleted.status } : null;
}
