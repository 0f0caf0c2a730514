import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { anchorsOf, filesBelow, linksOf } from './markdown-links';

const ROOT = resolve(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/**
 * No link leaves the repository: the guide says every link in the README and docs stays inside
 * it, so a clone reads the same as the original. No web link is allowed either (an allow-list
 * would rot; name the project or standard in words instead).
 */
const MARKDOWN = filesBelow(ROOT, ['.md']);

/** Paths of one machine, built from parts so that this file does not match itself. */
const MACHINE_PATH = new RegExp(
  [
    ...['work', 'home', 'root', 'tmp', 'var/folders', 'mnt'].map((dir) => `(?<![\\w.~-])/${dir}/`),
    // A macOS home (`/Users/<name>/…`), not SCIM's `/Users/{id}` or `/Users/bulkId:…`.
    '(?<![\\w.~-])/Users/[\\w.-]+/',
    '\\b[A-Za-z]:\\\\',
  ].join('|'),
);

/** Comment text of a TypeScript file: `//` to the end of the line, and block comments. */
function commentsOf(source: string): { line: number; text: string }[] {
  const comments: { line: number; text: string }[] = [];
  let inBlock = false;
  source.split('\n').forEach((line, index) => {
    if (inBlock || /^\s*\/?\*/.test(line)) {
      comments.push({ line: index + 1, text: line });
      inBlock = !line.includes('*/') && (inBlock || line.includes('/*'));
      return;
    }
    const slash = line.indexOf('// ');
    if (slash >= 0) comments.push({ line: index + 1, text: line.slice(slash) });
  });
  return comments;
}

describe('links in the repository’s markdown', () => {
  it('finds the pages it must check', () => {
    for (const page of ['README.md', 'docs/bootstrap.md', 'docs/dialects/common.md', 'packages/core/src/http/dialects/ispring/README.md']) {
      expect(MARKDOWN).toContain(page);
    }
    expect(MARKDOWN.flatMap((page) => linksOf(read(page))).length).toBeGreaterThan(30);
  });

  it.each(MARKDOWN)('%s: every link is relative and resolves to a file (and heading) inside the repository', (page) => {
    const problems: string[] = [];
    for (const { line, target } of linksOf(read(page))) {
      const at = `${page}:${line} ${target}`;
      if (/^[a-z][a-z+.-]*:/i.test(target)) {
        problems.push(`${at}: links outside the repository (write the name, not a web link)`);
        continue;
      }
      if (target.startsWith('/')) {
        problems.push(`${at}: absolute path; use a path relative to the page`);
        continue;
      }
      const [path = '', anchor] = target.split('#');
      const file = path === '' ? join(ROOT, page) : resolve(ROOT, dirname(page), decodeURIComponent(path));
      if (file !== ROOT && !file.startsWith(ROOT + sep)) {
        problems.push(`${at}: leaves the repository`);
      } else if (!existsSync(file)) {
        problems.push(`${at}: no such file ${relative(ROOT, file)}`);
      } else if (anchor !== undefined && anchor !== '' && file.endsWith('.md') && statSync(file).isFile()) {
        if (!anchorsOf(readFileSync(file, 'utf8')).has(anchor)) problems.push(`${at}: no heading #${anchor}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses a link above the repository, a web link, a missing heading (the checker itself)', () => {
    const links = linksOf(
      '[a](../../shared/spec/bootstrap.md) `[b](nope.md)`\n```\n[c](x.md)\n```\n[d](https://example.com) <https://e.example>',
    );
    expect(links.map((link) => link.target)).toEqual(['../../shared/spec/bootstrap.md', 'https://example.com', 'https://e.example']);
    expect(anchorsOf('# Adding a tenant and an API key\n## Pending: `hosts` (tenant)\n## A\n## A')).toEqual(
      new Set(['adding-a-tenant-and-an-api-key', 'pending-hosts-tenant', 'a', 'a-1']),
    );
  });
});

describe('no path of one machine', () => {
  it.each(MARKDOWN)('%s names no machine path, in prose or code', (page) => {
    const hits = read(page)
      .split('\n')
      .flatMap((text, index) => (MACHINE_PATH.test(text) ? [`${page}:${index + 1}: ${text.trim()}`] : []));
    expect(hits).toEqual([]);
  });

  it('no TypeScript comment names a machine path', () => {
    const sources = filesBelow(ROOT, ['.ts']);
    expect(sources.length).toBeGreaterThan(100);
    const hits = sources.flatMap((path) =>
      commentsOf(read(path)).flatMap(({ line, text }) => (MACHINE_PATH.test(text) ? [`${path}:${line}: ${text.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('recognises the paths it looks for (the pattern itself)', () => {
    const machine = [
      '/' + 'work/shared/spec/ispring.md',
      'see /' + 'home/me/x',
      'C:' + '\\Users\\me',
      '--dir=/' + 'tmp/prof',
      'in /' + 'Users/me/roster',
    ];
    expect(machine.filter((text) => !MACHINE_PATH.test(text))).toEqual([]);
    const fine = [
      'packages/core/src/http',
      'sqlite:./data/roster.sqlite',
      'https://acme.example.com/work/x',
      '~/work/',
      'api/v1/users',
      '/Users/{id}',
      'PATCH /Users/bulkId:qwerty',
    ];
    expect(fine.filter((text) => MACHINE_PATH.test(text))).toEqual([]);
  });
});
