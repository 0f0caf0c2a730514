import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlDialect } from '../orm/sql-dialect';
import { createTestDatabase, type TestDatabase } from './test-databases';

/** One database kind the SQL-specific tests run on, making a fresh database on demand. */
export interface DialectTarget {
  readonly name: string;
  readonly dialect: SqlDialect;
  create(): Promise<TestDatabase>;
}

function sqliteFile(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'roster-sqlite-'));
  return { url: `sqlite:${join(dir, 'roster.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export const DIALECT_TARGETS: readonly DialectTarget[] = [
  { name: 'sqlite', dialect: 'sqlite', create: async () => sqliteFile() },
  { name: 'postgresql', dialect: 'postgresql', create: () => createTestDatabase('postgresql') },
  { name: 'mariadb', dialect: 'mysql', create: () => createTestDatabase('mysql') },
];
