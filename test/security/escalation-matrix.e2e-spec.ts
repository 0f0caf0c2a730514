import type { CaseContext, MatrixCase } from './matrix/matrix-case';
import { setUpMatrix } from './matrix/matrix-setup';
import { courselitCases } from './matrix/courselit.matrix';
import { ispringCases } from './matrix/ispring.matrix';
import { objectiveCases } from './matrix/objective.matrix';
import { restV1Cases } from './matrix/rest-v1.matrix';

// A group runs up to hundreds of cells, each with real requests: its time limit grows with its size
// (a bound for a hung host, not a speed expectation), so a busy machine only makes it slower.
const groupTimeout = (cells: readonly MatrixCase[]): number => 60_000 + 2_000 * cells.length;
jest.setTimeout(120_000);

/**
 * The escalation and isolation matrix (issue 6): every actor built from the role catalog tries
 * every operation of every dialect on every target (each role, inside and outside its subtree,
 * and in another tenant). The expected answer comes from the test's own oracle
 * (matrix/matrix-oracle.ts); the wire answer must be the dialect's exact one, and a refused
 * request must leave the stored user as it was.
 */
const DIALECTS: readonly (readonly [string, () => MatrixCase[]])[] = [
  ['courselit', courselitCases],
  ['ispring', ispringCases],
  ['objective', objectiveCases],
  ['rest-v1', restV1Cases],
];

/** Cells are independent (each writes only to a target or an e-mail of its own): run a few at once. */
const CONCURRENCY = 8;

async function inParallel<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < items.length; index = next++) results[index] = await run(items[index]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}

/** The cells of one dialect, grouped by actor and operation: one test each. */
function grouped(cases: readonly MatrixCase[]): [string, MatrixCase[]][] {
  const groups = new Map<string, MatrixCase[]>();
  for (const cell of cases) {
    const key = `${cell.actor.label}: ${cell.operation}`;
    groups.set(key, [...(groups.get(key) ?? []), cell]);
  }
  return [...groups.entries()];
}

describe.each(DIALECTS)('escalation matrix: %s', (_dialect, generate) => {
  const cases = generate();
  let context: CaseContext;
  beforeAll(async () => {
    context = await setUpMatrix();
  });
  afterAll(async () => {
    await context?.host.close();
  });

  it('tries allowed and refused cells of every kind', () => {
    const verdicts = new Set(cases.map((cell) => cell.expected));
    expect(verdicts).toEqual(expect.objectContaining(new Set(['ok', 'forbidden', 'not_found'])));
  });

  for (const [name, cells] of grouped(cases)) {
    it(
      name,
      async () => {
        const problems = (
          await inParallel(
            cells.filter((cell) => !cell.alone),
            (cell) => cell.run(context),
          )
        ).flat();
        for (const cell of cells.filter((candidate) => candidate.alone)) problems.push(...(await cell.run(context)));
        expect(problems).toEqual([]);
      },
      groupTimeout(cells),
    );
  }
});
