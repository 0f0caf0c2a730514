import { parse } from 'csv-parse/sync';
import type { ImportFormat } from '../../ports';

/** One row of an import file: its line number, and its fields or why it could not be read. */
export type ImportRow =
  { readonly line: number; readonly fields: Readonly<Record<string, unknown>> } | { readonly line: number; readonly error: string };

/** NDJSON: one JSON object per line; blank lines are skipped. */
function ndjsonRows(text: string): ImportRow[] {
  const rows: ImportRow[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    if (content.trim() === '') return;
    const line = index + 1;
    try {
      const value: unknown = JSON.parse(content);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) rows.push({ line, error: 'not a JSON object' });
      else rows.push({ line, fields: value as Record<string, unknown> });
    } catch {
      rows.push({ line, error: 'not valid JSON' });
    }
  });
  return rows;
}

function lineOf(error: unknown): number {
  const line = (error as { lines?: unknown } | undefined)?.lines;
  return typeof line === 'number' ? line : 1;
}

/**
 * CSV with a header row (the columns `roster user export --format csv` writes; others are
 * ignored). A record that cannot be read (a wrong number of cells) is an error row and the rest
 * is read; a file that cannot be read on (an unclosed quote) ends with one error row there.
 */
function csvRows(text: string): ImportRow[] {
  const skipped: ImportRow[] = [];
  try {
    const records = parse<{ record: Record<string, string>; info: { lines: number } }>(text, {
      columns: true,
      skip_empty_lines: true,
      info: true,
      bom: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        skipped.push({ line: lineOf(error), error: 'not a valid CSV record (its number of cells is not the header’s)' });
        return undefined;
      },
    });
    const rows: ImportRow[] = records.map(({ record, info }) => ({ line: info.lines, fields: record }));
    return [...rows, ...skipped].sort((a, b) => a.line - b.line);
  } catch (error) {
    return [{ line: lineOf(error), error: 'not valid CSV (the rows from here on are not read)' }];
  }
}

/** The rows of an import file, in file order, each with its line number (1 is the first line). */
export function importRows(text: string, format: ImportFormat): ImportRow[] {
  return format === 'csv' ? csvRows(text) : ndjsonRows(text);
}
