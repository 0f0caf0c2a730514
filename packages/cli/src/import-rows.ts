import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { UsageError } from './cli-error';

/** One row of an import file: its line number, and its fields or why it could not be read. */
export type ImportRow =
  { readonly line: number; readonly fields: Readonly<Record<string, unknown>> } | { readonly line: number; readonly error: string };

export type ImportFormat = 'csv' | 'ndjson';

/** The format by the file's extension: `.csv`, or `.ndjson`/`.jsonl`; anything else is a misuse. */
export function importFormatOf(file: string): ImportFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.ndjson' || extension === '.jsonl') return 'ndjson';
  throw new UsageError(`${file}: the extension says the format: .csv, .ndjson or .jsonl`);
}

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

/** CSV with a header row (the columns `roster user export --format csv` writes; others are ignored). */
function csvRows(text: string): ImportRow[] {
  try {
    const records = parse<{ record: Record<string, string>; info: { lines: number } }>(text, {
      columns: true,
      skip_empty_lines: true,
      info: true,
      bom: true,
    });
    return records.map(({ record, info }) => ({ line: info.lines, fields: record }));
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    return [{ line: typeof line === 'number' ? line : 1, error: 'not valid CSV (the rows from here on are not read)' }];
  }
}

export function importRows(text: string, format: ImportFormat): ImportRow[] {
  return format === 'csv' ? csvRows(text) : ndjsonRows(text);
}
