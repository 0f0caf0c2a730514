import { readFile } from 'node:fs/promises';
import { RosterError } from '@roster/core';

/** The bootstrap file's JSON content; an unreadable or malformed file is BOOTSTRAP_INVALID naming it. */
export async function readBootstrapFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new RosterError('BOOTSTRAP_INVALID', `${path}: cannot read the file (${code})`, {}, { cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new RosterError('BOOTSTRAP_INVALID', `${path}: not valid JSON (${(error as Error).message})`, {}, { cause: error });
  }
}
