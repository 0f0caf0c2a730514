import type { Platform } from '@mikro-orm/core';
import { RosterError } from '@roster/core';
import type { ColumnKind, EntityTable } from './entity-columns';

type RawRow = Readonly<Record<string, unknown>>;

/** A raw timestamp as the instant MikroORM would hydrate it (null stays null). */
export type DateReader = (value: unknown) => Date | null;

/**
 * How `platform` turns a raw timestamp into a Date, decided as MikroORM's own result mapper does
 * on 6.6 and 7: a Date as it is; epoch milliseconds (SQLite) as they are; a string that carries an
 * offset (PostgreSQL) through the platform's parser; a string without one (MariaDB) in the
 * configured time zone (`Z` under `forceUtcTimezone`, which Roster's own ORM sets; a host's
 * `timezone` otherwise), so a host's configuration reads the same instant on both paths.
 */
export function dateReaderOf(platform: Platform): DateReader {
  const zone = platform.getTimezone();
  const parse = (value: string | number): Date => platform.parseDate(value);
  return (value) => {
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return value;
    if (typeof value === 'bigint' || typeof value === 'number') return parse(Number(value));
    if (typeof value !== 'string') throw new RosterError('INTERNAL', `a timestamp column answered a ${typeof value}`);
    const text = value;
    if (!zone || zone === 'local' || text.includes('+') || text.lastIndexOf('-') > 10 || text.endsWith('Z')) return parse(text);
    return parse(text + zone);
  };
}

/** A JSON column: text on SQLite and MariaDB, already parsed on PostgreSQL (MikroORM's rule: text that is no JSON stays text). */
function jsonValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function valueOf(kind: ColumnKind, value: unknown, dates: DateReader): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'boolean':
      return Boolean(value); // 0/1 on SQLite and MariaDB, true/false on PostgreSQL
    case 'number':
      return Number(value); // a bigint or a numeric string (some drivers) as a number
    case 'date':
      return dates(value);
    case 'json':
      return jsonValue(value);
    case 'text':
      return typeof value === 'string' ? value : JSON.stringify(value); // a text column answers text on every driver
  }
}

/**
 * The one raw-row normaliser: a row as the driver answered it (keyed by column, `prefix` before
 * each name when a join aliased them) becomes the entity's row type, keyed by property, with the
 * values MikroORM's hydration would give (booleans, Dates, parsed JSON, numbers). The store's
 * domain mappers (mappers/) take it from there, as they take the ORM's rows.
 */
export function normalizeRow<Row>(table: EntityTable<Row>, raw: RawRow, dates: DateReader, prefix = ''): Row {
  const row: Record<string, unknown> = {};
  for (const { property, column, kind } of table.columns) row[property] = valueOf(kind, raw[prefix + column], dates);
  return row as Row;
}
