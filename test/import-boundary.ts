import { readdirSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { preProcessFile } from 'typescript';

/** Frameworks and ORMs that only adapter packages may import. */
export const FRAMEWORK_IMPORTS: readonly RegExp[] = [/^express(\/|$)/, /^@nestjs\//, /^@mikro-orm\//];
/** Roster packages that bring a framework or an ORM with them. */
export const ADAPTER_IMPORTS: readonly RegExp[] = [/^@roster\/(express|nestjs|mikro-orm)(\/|$)/];
/** The core stands alone: no Roster package at all (not even itself by name). */
export const ANY_ROSTER_IMPORT: readonly RegExp[] = [/^@roster\//];

export interface Violation {
  readonly file: string;
  readonly specifier: string;
  readonly reason: string;
}

/**
 * Every module a source names: static imports and re-exports (type-only ones too), `import x =
 * require()`, `require()` and `import()` calls, including `import('x')` types. TypeScript's own
 * scanner does the reading, so comments and string contents are not mistaken for imports.
 */
export function importSpecifiers(source: string): string[] {
  return preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** The module names in `source` that one of the `forbidden` patterns matches. */
export function forbiddenImports(source: string, forbidden: readonly RegExp[]): string[] {
  return importSpecifiers(source).filter((specifier) => forbidden.some((rule) => rule.test(specifier)));
}

/** Whether a relative import in `file` reaches outside `root` (e.g. into another package's src). */
export function escapesRoot(file: string, specifier: string, root: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = relative(resolve(root), resolve(dirname(file), specifier));
  return target === '..' || target.startsWith(`..${sep}`) || isAbsolute(target);
}

const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts']);
const SKIPPED_DIRS = new Set(['node_modules', 'dist']);

/** The TypeScript files under `dir`, recursively, outside node_modules and dist. */
export function listSourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : listSourceFiles(path);
    return entry.isFile() && SOURCE_EXTENSIONS.has(extname(entry.name)) ? [path] : [];
  });
}

/** Checks one source file against the rules of the package whose src is `root`. */
export function checkSource(file: string, source: string, root: string, forbidden: readonly RegExp[]): Violation[] {
  return importSpecifiers(source).flatMap((specifier): Violation[] => {
    if (forbidden.some((rule) => rule.test(specifier))) return [{ file, specifier, reason: 'forbidden module' }];
    if (escapesRoot(file, specifier, root)) return [{ file, specifier, reason: 'relative import leaves the package' }];
    return [];
  });
}
