import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createSourceFile, isExportDeclaration, isNamespaceExport, isStringLiteral, ScriptTarget } from 'typescript';

/** The modules a source re-exports from: `blanket` for `export *` / `export * as ns`, `named` for `export { … }`. */
export function reExports(source: string): { blanket: string[]; named: string[] } {
  const file = createSourceFile('entry.ts', source, ScriptTarget.Latest);
  const blanket: string[] = [];
  const named: string[] = [];
  for (const statement of file.statements) {
    if (!isExportDeclaration(statement) || !statement.moduleSpecifier || !isStringLiteral(statement.moduleSpecifier)) continue;
    const isBlanket = !statement.exportClause || isNamespaceExport(statement.exportClause);
    (isBlanket ? blanket : named).push(statement.moduleSpecifier.text);
  }
  return { blanket, named };
}

/** The file a relative specifier names (`./x` → x.ts or x/index.ts). */
function resolveModule(fromFile: string, specifier: string): string {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [`${base}.ts`, join(base, 'index.ts')];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${fromFile}: cannot resolve ${specifier}`);
  return found;
}

/**
 * Every `export *` an entry point's surface goes through: in the entry itself and in each local
 * module it re-exports from, followed down the chain. Empty when the surface is named throughout.
 */
export function blanketReExports(entry: string, seen = new Set<string>()): string[] {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const { blanket, named } = reExports(readFileSync(entry, 'utf8'));
  const here = blanket.map((specifier) => `${entry}: export * from '${specifier}'`);
  const below = named
    .filter((specifier) => specifier.startsWith('.'))
    .flatMap((specifier) => blanketReExports(resolveModule(entry, specifier), seen));
  return [...here, ...below];
}
