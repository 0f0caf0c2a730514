import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliOutput } from '../cli-output';
import { main } from '../main';

export interface Captured extends CliOutput {
  readonly lines: string[];
  readonly errors: string[];
}

export function capture(): Captured {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}

/** One in-process run: its exit code and what it wrote. */
export async function run(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<Captured & { code: number }> {
  const output = capture();
  const code = await main(argv, env, output);
  return { ...output, code };
}

/** A fresh SQLite file's URL (its own directory). */
export function freshSqliteUrl(): string {
  return `sqlite:${join(mkdtempSync(join(tmpdir(), 'roster-cli-')), 'roster.sqlite')}`;
}
