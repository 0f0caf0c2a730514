import type { EntitySchema, FilterQuery } from '@mikro-orm/core';
import type { RosterEntityManager } from './store-context';

/**
 * Inserts `row`, or replaces the columns of the row found by `key` (its primary key). Reads first
 * rather than relying on an upsert: MariaDB's `ON DUPLICATE KEY UPDATE` would also fire on a
 * clash of another unique index and silently rewrite the wrong row. Returns whether it inserted.
 */
export async function saveRow<Row extends object>(
  em: RosterEntityManager,
  schema: EntitySchema<Row>,
  key: FilterQuery<Row>,
  row: Row,
): Promise<boolean> {
  const where = key as FilterQuery<NoInfer<Row>>;
  const existing = await em.count(schema, where);
  if (existing > 0) {
    await em.nativeUpdate(schema, where, row);
    return false;
  }
  await em.insert(schema, row);
  return true;
}
