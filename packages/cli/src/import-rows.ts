import { extname } from 'node:path';
import type { ImportFormat } from '@roster/core';
import { UsageError } from './cli-error';

/** The format by the file's extension: `.csv`, or `.ndjson`/`.jsonl`; anything else is a misuse. */
export function importFormatOf(file: string): ImportFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.ndjson' || extension === '.jsonl') return 'ndjson';
  throw new UsageError(`${file}: the extension says the format: .csv, .ndjson or .jsonl`);
}
