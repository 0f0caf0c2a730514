import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { importSpecifiers, listSourceFiles } from './import-boundary';

/**
 * Every package declares what its files import: its shipped sources in `dependencies` or
 * `peerDependencies`, its tests, fixtures and test support in `devDependencies` too. An import
 * that only resolves because the workspace hoists or links it would break a user's install (for
 * shipped code) or a contributor's `pnpm --filter` run (for tests).
 */
const root = join(__dirname, '..');
const packagesDir = join(root, 'packages');
const BUILTINS = new Set(builtinModules);

interface Manifest {
  readonly name: string;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`; null for relative paths and Node's own modules. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
  return BUILTINS.has(name) ? null : name;
}

/** Test files, fixtures and test support: what a package's build leaves out. */
function isTestFile(path: string): boolean {
  return /\.(spec|e2e-spec|browser-spec|vitest|fixture)\.ts$/.test(path) || /[/\\](test-support|vitest)[/\\]/.test(path);
}

function undeclaredImports(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  const shipped = new Set([manifest.name, ...Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })]);
  const forTests = new Set([...shipped, ...Object.keys(manifest.devDependencies ?? {})]);
  return listSourceFiles(dir).flatMap((file) => {
    const declared = isTestFile(file) ? forTests : shipped;
    return importSpecifiers(readFileSync(file, 'utf8'))
      .map(packageOf)
      .filter((name): name is string => name !== null && !declared.has(name))
      .map((name) => `${relative(root, file)} imports ${name}`);
  });
}

const PACKAGES = readdirSync(packagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('package manifests', () => {
  it.each(PACKAGES)('packages/%s declares every package its files import', (name) => {
    expect(undeclaredImports(join(packagesDir, name))).toEqual([]);
  });

  it('reads package names off import specifiers as Node resolves them', () => {
    expect(['@roster/core/http', 'express/lib/router', 'node:fs', 'fs', './x', 'argon2'].map(packageOf)).toEqual([
      '@roster/core',
      'express',
      null,
      null,
      null,
      'argon2',
    ]);
  });
});
