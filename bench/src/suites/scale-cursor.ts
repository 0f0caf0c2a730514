import { encodeRestV1Cursor } from '@roster/core/http';
import { seedCreatedAt } from '../db/seed-user.model';
import { comparePaired, type PairedOptions, type SideFigures } from '../harness/paired-comparison';
import { measured, type ProblemSink } from '../harness/problems';
import { spreadOf, type Spread } from '../harness/stats';
import { restV1List } from './bench-requests';

export interface CursorScale {
  readonly path: string;
  readonly page1: SideFigures;
  readonly lastByCursor: SideFigures;
  /** last page by cursor p50 / page 1 p50, per round, on the large tenant. */
  readonly latencyRatio: Spread;
}

/** Larger than any id the bench seeds: with it, the cursor sits after every user created at that second. */
const AFTER_EVERY_ID = 2_147_483_647;

/**
 * The cursor a client holds before the last page of `size` seeded users (20 a page): after the
 * user seeded (size - 20)th. Seed users are one second apart, so createdAt alone places it.
 */
export function lastPageCursor(size: number): string {
  return encodeRestV1Cursor({ createdAt: seedCreatedAt(Math.max(0, size - 20)), id: AFTER_EVERY_ID }, {});
}

/** The last page by cursor against page 1, paired, on the large tenant's server. */
export async function measureLastPageByCursor(
  url: string,
  size: number,
  options: PairedOptions,
  problems: ProblemSink,
): Promise<CursorScale | null> {
  const page1 = restV1List('page=1&limit=20', 'rest-v1 list page 1');
  const last = restV1List(`after=${lastPageCursor(size)}&limit=20`, 'rest-v1 list last page by cursor');
  const result = await measured('scale last page by cursor', problems, () =>
    comparePaired({ label: 'page 1', url, scenario: page1 }, { label: 'last page by cursor', url, scenario: last }, options),
  );
  if (result === null) return null;
  const rounds = result.baseline.runs.map((run, index) => [run, result.candidate.runs[index]!] as const);
  return {
    path: last.path,
    page1: result.baseline,
    lastByCursor: result.candidate,
    latencyRatio: spreadOf(rounds.map(([first, cursor]) => cursor.p50 / first.p50)),
  };
}
