import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blanketReExports, reExports } from './public-surface';

const packagesDir = join(__dirname, '..', 'packages');

/** Every entry point a package.json `exports` map publishes. */
const ENTRY_POINTS = [
  'core/src/index.ts',
  'core/src/http/index.ts',
  'memory/src/index.ts',
  'mikro-orm/src/index.ts',
  'testing/src/index.ts',
  'express/src/index.ts',
  'nestjs/src/index.ts',
];

describe('reExports', () => {
  it('tells blanket re-exports from named ones', () => {
    const source = [
      "export * from './a';",
      "export * as b from './b';",
      "export { c, type D } from './c';",
      "export type { E } from './e';",
      'const f = 1;',
      'export { f };',
    ].join('\n');
    expect(reExports(source)).toEqual({ blanket: ['./a', './b'], named: ['./c', './e'] });
  });
});

describe('blanketReExports', () => {
  it('finds an export * two named re-exports down the chain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'public-surface-'));
    try {
      mkdirSync(join(dir, 'domain'));
      writeFileSync(join(dir, 'index.ts'), "export { User } from './domain';\n");
      writeFileSync(join(dir, 'domain', 'index.ts'), "export { User } from './user';\n");
      writeFileSync(join(dir, 'domain', 'user.ts'), "export * from './user-fields';\nexport interface User {}\n");
      expect(blanketReExports(join(dir, 'index.ts'))).toEqual([`${join(dir, 'domain', 'user.ts')}: export * from './user-fields'`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('public surface', () => {
  it.each(ENTRY_POINTS)('%s names every export, down the re-export chain (no export *)', (entry) => {
    expect(blanketReExports(join(packagesDir, entry))).toEqual([]);
  });
});
