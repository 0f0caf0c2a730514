import fc from 'fast-check';
import type { Dialect, RosterRequest, RouteDescriptor } from '@roster/core/http';
import type { LogEntry } from './capturing-logger';
import { logViolations } from './capturing-logger';
import type { DialectFuzzTarget, FuzzContext } from './fuzz-target';
import { responseViolations } from './response-invariants';

export interface RouteFuzz {
  readonly dialect: Dialect;
  readonly route: RouteDescriptor;
  readonly target: DialectFuzzTarget;
  readonly context: FuzzContext;
  /** What the Roster behind the dialect logged (cleared before each case). */
  readonly log: { readonly entries: readonly LogEntry[]; clear(): void };
  readonly numRuns: number;
  /** Replays a failure: the seed fast-check printed. */
  readonly seed?: number;
}

/** A short description of a request for failure reports (bodies and long headers cut). */
export function describeRequest(request: RosterRequest): string {
  const cut = (text: string) => (text.length > 200 ? `${text.slice(0, 200)}…(${text.length})` : text);
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, cut(value)]));
  return JSON.stringify({ ...request, path: cut(request.path), headers, body: cut(request.body.toString('latin1')) });
}

/** Everything wrong with the dialect's answer to one request, and with what it logged meanwhile. */
export async function caseViolations(fuzz: Omit<RouteFuzz, 'route' | 'context' | 'numRuns'>, request: RosterRequest): Promise<string[]> {
  fuzz.log.clear();
  const response = await fuzz.dialect.handle(request);
  const problems = response === null ? ['no route of the dialect matched'] : responseViolations(response, fuzz.target.rules);
  return [...problems, ...logViolations(fuzz.log.entries, fuzz.target.rules.secrets)];
}

/**
 * Sends `numRuns` hostile requests to one route through `dialect.handle` and rejects, with the
 * smallest failing request fast-check finds and what was wrong, if any answer breaks a rule.
 */
export async function fuzzRoute(fuzz: RouteFuzz): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fuzz.target.request(fuzz.route, fuzz.context), async (request) => {
      const problems = await caseViolations(fuzz, request);
      if (problems.length > 0) throw new FuzzViolation(`${describeRequest(request)}\n  ${problems.join('\n  ')}`);
    }),
    { numRuns: fuzz.numRuns, includeErrorInReport: true, ...(fuzz.seed === undefined ? {} : { seed: fuzz.seed }) },
  );
}

/** A broken rule, as fast-check reports it (test-only: never crosses into a Roster). */
export class FuzzViolation extends Error {
  override readonly name = 'FuzzViolation';
}
