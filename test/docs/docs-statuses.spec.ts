import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { documentedStatuses, findInSuite } from './docs-statuses';

const ROOT = join(__dirname, '..', '..');
const CONFORMANCE = join(ROOT, 'packages', 'testing', 'src', 'conformance');

/** Each dialect page is checked against its own conformance files; common.md against all of them. */
const PAGES: readonly { readonly page: string; readonly files: (name: string) => boolean }[] = [
  { page: 'common', files: () => true },
  ...['courselit', 'ispring', 'objective', 'rest-v1'].map((dialect) => ({
    page: dialect,
    files: (name: string) => name.startsWith(`${dialect}-`) || name.startsWith(`${dialect}.`),
  })),
];

const conformanceFiles = readdirSync(CONFORMANCE).filter((name) => name.endsWith('.ts'));

describe('docs/dialects: every documented status and body is tested by the conformance suite', () => {
  for (const { page, files } of PAGES) {
    describe(`docs/dialects/${page}.md`, () => {
      const rows = documentedStatuses(readFileSync(join(ROOT, 'docs', 'dialects', `${page}.md`), 'utf8'));
      const sources = conformanceFiles.filter(files).map((name) => readFileSync(join(CONFORMANCE, name), 'utf8'));

      it('documents enough rows for the check to mean something', () => {
        expect(sources.length).toBeGreaterThan(0);
        expect(rows.length).toBeGreaterThanOrEqual(page === 'common' ? 4 : 8);
      });

      it('has a conformance case for each row (status and body in one test)', () => {
        const missing = rows.filter((row) => !findInSuite(row, sources)).map((row) => `line ${row.line}: ${row.status} ${row.body}`);
        expect(missing).toEqual([]);
      });
    });
  }
});
