/**
 * The machine-readable part of docs/dialects/*.md: in every table whose header has a `status`
 * and a `body` column, a row with a three-digit status and a body in backticks is a documented
 * answer. `(empty)` documents an empty body; `…` stands for a part that varies (an id, a path).
 * A body written without backticks (prose) is not checked.
 */
export interface StatusRow {
  readonly line: number;
  /** The heading the row sits under (its text, without `#`). */
  readonly section: string;
  readonly status: number;
  readonly body: string;
}

const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());

export function documentedStatuses(markdown: string): StatusRow[] {
  const rows: StatusRow[] = [];
  let section = '';
  let columns: { status: number; body: number } | null = null;
  markdown.split('\n').forEach((line, index) => {
    if (/^#{1,6} /.test(line)) section = line.replace(/^#+ /, '').trim();
    if (!line.trim().startsWith('|')) {
      columns = null;
      return;
    }
    const cells = cellsOf(line);
    if (columns === null) {
      const status = cells.indexOf('status');
      const body = cells.indexOf('body');
      columns = status >= 0 && body >= 0 ? { status, body } : { status: -1, body: -1 };
      return;
    }
    if (columns.status < 0) return;
    const status = cells[columns.status] ?? '';
    const body = /^`([^`]*)`/.exec(cells[columns.body] ?? '') ?? (cells[columns.body] === '(empty)' ? ['', ''] : null);
    if (!/^\d{3}$/.test(status) || body === null) return;
    rows.push({ line: index + 1, section, status: Number(status), body: body[1] });
  });
  return rows;
}

/**
 * The texts a test must show for a body, each split at `…` into its fixed parts: a JSON body's
 * string leaves (its messages; a leaf that is only `…` varies and is left out), or, when no leaf
 * is fixed, its keys; a body that is no JSON, itself.
 */
export function needlesOf(body: string): string[][] {
  let needles: string[];
  try {
    const value: unknown = JSON.parse(body);
    const leaves = stringLeaves(value).filter((leaf) => leaf.replace(/…/g, '').trim() !== '');
    needles = leaves.length > 0 ? leaves : typeof value === 'object' && value !== null ? keysOf(value) : [body];
    if (needles.length === 0) needles = [body];
  } catch {
    needles = [body];
  }
  return [...new Set(needles)].map((leaf) =>
    leaf
      .split('…')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
}

function keysOf(value: object): string[] {
  return Object.entries(value).flatMap(([key, inner]) => [key, ...(typeof inner === 'object' && inner !== null ? keysOf(inner) : [])]);
}

function stringLeaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringLeaves);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringLeaves);
  return [];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A short or empty needle only counts as a string literal (`''`, `'{}'`), not as any text. */
function literalForms(parts: readonly string[]): RegExp {
  if (parts.length === 0) return /(?:''|""|``)/;
  const joined = parts.map(escape).join('[^\\n]*');
  return parts.join('').length < 4 ? new RegExp(`['"\`]${joined}['"\`]`) : new RegExp(joined);
}

/**
 * Names of constants whose definition holds the text (`export const FORBIDDEN = '{}'`): the
 * nearest `const NAME =` on the text's line or up to three lines above (multi-line helpers).
 */
function constantsHolding(pattern: RegExp, sources: readonly string[]): string[] {
  return sources.flatMap((source) => {
    const lines = source.split('\n');
    return lines.flatMap((line, index) => {
      if (!pattern.test(line)) return [];
      for (let at = index; at >= Math.max(0, index - 3); at--) {
        const name = /^\s*(?:export\s+)?const\s+(\w+)\s*=/.exec(lines[at]!)?.[1];
        if (name !== undefined) return [name];
        if (at < index && /;\s*$/.test(lines[at]!)) break;
      }
      return [];
    });
  });
}

/** One test case each: the text from one `it(` / `it.each(` / `test(` to the next. */
function testCases(sources: readonly string[]): string[] {
  return sources.flatMap((source) => source.split(/\n(?=\s*(?:it|test)(?:\.each)?\s*[(([])/));
}

/** True when one test case of the suite shows the row's status together with every part of its body. */
export function findInSuite(row: StatusRow, sources: readonly string[]): boolean {
  const cases = testCases(sources);
  const status = new RegExp(`(?<![\\w.])${row.status}(?![\\w.])`);
  return needlesOf(row.body).every((parts) => {
    const literal = literalForms(parts);
    const names = constantsHolding(literal, sources);
    const used = names.length === 0 ? null : new RegExp(`\\b(?:${names.join('|')})\\b`);
    return cases.some((text) => status.test(text) && (literal.test(text) || (used?.test(text) ?? false)));
  });
}
