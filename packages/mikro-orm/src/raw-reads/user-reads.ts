import type { EntityManager } from '@mikro-orm/core';
import type { User } from '@roster/core';
import { RosterUserSchema } from '../entities';
import { toUser } from '../mappers';
import { entityTable } from './entity-columns';
import { normalizeRow } from './normalize-row';
import { rawStatement, type RawStatement } from './raw-statement';

const USERS = entityTable(RosterUserSchema);

/** The unique keys a user is read by, each with the tenant (an index of its own per key). */
export type UserKey = 'id' | 'publicId' | 'emailKey' | 'loginKey';

function byKey(key: UserKey): RawStatement {
  return rawStatement((quote) => {
    const columns = USERS.columns.map(({ column }) => quote(column)).join(', ');
    const where = `${quote(USERS.column('tenantId'))} = ? and ${quote(USERS.column(key))} = ?`;
    return `select ${columns} from ${quote(USERS.table)} where ${where} limit 1`;
  });
}

const STATEMENTS: Readonly<Record<UserKey, RawStatement>> = {
  id: byKey('id'),
  publicId: byKey('publicId'),
  emailKey: byKey('emailKey'),
  loginKey: byKey('loginKey'),
};

/** One user of the tenant by one of its unique keys, in one raw statement (`emailKey`/`loginKey`: already lower-cased). */
export async function readUser(em: EntityManager, tenantId: string, key: UserKey, value: string | number): Promise<User | null> {
  const { rows, dates } = await STATEMENTS[key].run(em, [tenantId, value]);
  return rows[0] ? toUser(normalizeRow(USERS, rows[0], dates)) : null;
}
