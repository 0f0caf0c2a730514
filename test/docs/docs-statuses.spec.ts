import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { documentedStatuses, findInSuite, type StatusRow } from './docs-statuses';

const ROOT = join(__dirname, '..', '..');
const CONFORMANCE = join(ROOT, 'packages', 'testing', 'src', 'conformance');

/**
 * Rows documented for features other branches are adding; their conformance cases arrive when
 * those branches are merged. Keyed `<page> § <section> § <status> <body>`, so the same status and
 * body elsewhere on the page is still checked. The lead deletes each entry after merging (and the
 * "Pending" marker in the doc).
 */
const PENDING: ReadonlyMap<string, string> = new Map([
  // courselit: the upsert option (a repeated create answers 200 with the md5).
  ['courselit § Pending: `x-api-key`, tenant from `Host`, upsert § 200 {"email":"…"}', 'courselit upsert'],
  // ispring: custom profile fields (X-Fields-Xml with every field, GET /user/profile/fields).
  ['ispring § Pending: profile fields § 400 Bad Request', 'ispring profile fields'],
  ['ispring § Pending: profile fields § 400 Invalid value B-1042. Field USER_FIELD_badge must be unique.', 'ispring profile fields'],
]);

/** Each dialect page is checked against its own conformance files; common.md against all of them. */
const PAGES: readonly { readonly page: string; readonly files: (name: string) => boolean }[] = [
  { page: 'common', files: () => true },
  ...['courselit', 'ispring', 'objective', 'rest-v1'].map((dialect) => ({
    page: dialect,
    files: (name: string) => name.startsWith(`${dialect}-`) || name.startsWith(`${dialect}.`),
  })),
];

const conformanceFiles = readdirSync(CONFORMANCE).filter((name) => name.endsWith('.ts'));
const keyOf = (page: string, row: StatusRow): string => `${page} § ${row.section} § ${row.status} ${row.body}`;

describe('docs/dialects: every documented status and body is tested by the conformance suite', () => {
  for (const { page, files } of PAGES) {
    describe(`docs/dialects/${page}.md`, () => {
      const rows = documentedStatuses(readFileSync(join(ROOT, 'docs', 'dialects', `${page}.md`), 'utf8'));
      const sources = conformanceFiles.filter(files).map((name) => readFileSync(join(CONFORMANCE, name), 'utf8'));

      it('documents enough rows for the check to mean something', () => {
        const checked = rows.filter((row) => !PENDING.has(keyOf(page, row)));
        expect(sources.length).toBeGreaterThan(0);
        expect(checked.length).toBeGreaterThanOrEqual(page === 'common' ? 4 : 8);
      });

      it('has a conformance case for each row (status and body in one test)', () => {
        const missing = rows
          .filter((row) => !PENDING.has(keyOf(page, row)) && !findInSuite(row, sources))
          .map((row) => `line ${row.line}: ${row.status} ${row.body}`);
        expect(missing).toEqual([]);
      });
    });
  }

  it('lists as pending only rows that the pages document', () => {
    const documented = new Set(
      PAGES.flatMap(({ page }) =>
        documentedStatuses(readFileSync(join(ROOT, 'docs', 'dialects', `${page}.md`), 'utf8')).map((row) => keyOf(page, row)),
      ),
    );
    expect([...PENDING.keys()].filter((key) => !documented.has(key))).toEqual([]);
  });
});
