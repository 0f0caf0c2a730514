import type { EntityManager } from '@mikro-orm/core';
import type { ApiKey } from '@roster/core';
import { RosterApiKeySchema } from '../entities';
import { toApiKey } from '../mappers';
import { entityTable } from './entity-columns';
import { normalizeRow } from './normalize-row';
import { rawStatement } from './raw-statement';

const KEYS = entityTable(RosterApiKeySchema);

const BY_SECRET_HASH = rawStatement((quote) => {
  const columns = KEYS.columns.map(({ column }) => quote(column)).join(', ');
  return `select ${columns} from ${quote(KEYS.table)} where ${quote(KEYS.column('secretHash'))} = ? limit 1`;
});

/** The key with this secret hash (a unique index), in one raw statement. */
export async function readApiKeyBySecretHash(em: EntityManager, secretHash: string): Promise<ApiKey | null> {
  const { rows, dates } = await BY_SECRET_HASH.run(em, [secretHash]);
  return rows[0] ? toApiKey(normalizeRow(KEYS, rows[0], dates)) : null;
}
