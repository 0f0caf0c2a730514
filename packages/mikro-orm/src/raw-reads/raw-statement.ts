import type { EntityManager, Platform } from '@mikro-orm/core';
import { executeSql } from '../orm/mikro-orm-compat';
import { dateReaderOf, type DateReader } from './normalize-row';

/** Quotes one identifier as the database needs it (`"…"` on PostgreSQL and SQLite, backticks on MariaDB). */
export type Quote = (identifier: string) => string;

/** What a statement was written with for one platform, and the date reader of that platform. */
interface Built {
  readonly sql: string;
  readonly dates: DateReader;
}

/**
 * One read statement, written once per platform (the ORM's own identifier quoting) and run with
 * `?` placeholders through the compat layer's `executeSql`: on the EntityManager's connection,
 * inside its transaction when one is open, on every driver and both MikroORM majors.
 */
export interface RawStatement {
  run(em: EntityManager, params: readonly unknown[]): Promise<{ rows: Record<string, unknown>[]; dates: DateReader }>;
}

export function rawStatement(write: (quote: Quote) => string): RawStatement {
  const built = new WeakMap<Platform, Built>();
  const buildFor = (platform: Platform): Built => {
    let entry = built.get(platform);
    if (entry === undefined) {
      entry = { sql: write((identifier) => platform.quoteIdentifier(identifier)), dates: dateReaderOf(platform) };
      built.set(platform, entry);
    }
    return entry;
  };
  return {
    run: async (em, params) => {
      const { sql, dates } = buildFor(em.getPlatform());
      return { rows: await executeSql(em, sql, params), dates };
    },
  };
}
