import type { UserView } from '@roster/core';
import type { WireRequest, WireResponse } from '@roster/testing';
import { fingerprint, type MatrixHost, type Target } from './matrix-host';
import { sees, type Verdict } from './matrix-oracle';
import { targetLabel, targetSpecs, type MatrixActor, type TargetSpec } from './matrix-world';

/** What every case may use: the host and the targets made once for reading. */
export interface CaseContext {
  readonly host: MatrixHost;
  /** Fixed targets by `targetLabel`, for reads and lists (never written to). */
  readonly fixed: ReadonlyMap<string, Target>;
  /** Every user of tenant alpha while no case runs: the actors and the fixed targets. */
  readonly alphaPopulation: readonly UserView[];
}

/** One (actor, operation, target) cell: its expected verdict and how to try it. */
export interface MatrixCase {
  readonly actor: MatrixActor;
  /** The operation family, for grouping into tests ("update role", "delete"…). */
  readonly operation: string;
  readonly name: string;
  readonly expected: Verdict;
  /**
   * Writes to a target of the other tenant by integer id: run alone, when no target of another
   * case is alive in alpha, so that the id can name no user of alpha.
   */
  readonly alone?: boolean;
  /** The problems found; none when the wire answer and the stored state are as expected. */
  run(context: CaseContext): Promise<string[]>;
}

export interface ExpectedAnswer {
  readonly status: number;
  /** The exact body, when the dialect's answer is fixed. */
  readonly body?: string;
}

export function answerProblems(name: string, got: WireResponse, want: ExpectedAnswer): string[] {
  if (got.status === want.status && (want.body === undefined || got.text === want.body)) return [];
  const wanted = want.body === undefined ? `${want.status}` : `${want.status} ${want.body}`;
  return [`${name}: expected ${wanted}, got ${got.status} ${got.text.slice(0, 200)}`];
}

export function fixedTarget(context: CaseContext, spec: TargetSpec): Target {
  const target = context.fixed.get(targetLabel(spec));
  if (!target) throw new Error(`matrix: no fixed target ${targetLabel(spec)}`);
  return target;
}

/**
 * One read cell per fixed target: the dialect gives the verdict, how to ask for the target, and how
 * to judge the answer (its refusal bodies and its way of naming the user differ).
 */
export function readCasesOf(
  actor: MatrixActor,
  verdict: (spec: TargetSpec) => Verdict,
  read: (target: Target) => WireRequest,
  judge: (name: string, expected: Verdict, response: WireResponse, target: Target) => string[],
): MatrixCase[] {
  return targetSpecs().map((spec) => {
    const expected = verdict(spec);
    const name = `${actor.label} reads ${targetLabel(spec)}`;
    return {
      actor,
      operation: 'get',
      name,
      expected,
      async run(context) {
        const target = fixedTarget(context, spec);
        return judge(name, expected, await context.host.send(read(target)), target);
      },
    };
  });
}

/** The users of tenant alpha the actor may see, by the id the dialect lists them under, sorted. */
export function visibleIds<Id extends number | string>(context: CaseContext, actor: MatrixActor, idOf: (user: UserView) => Id): Id[] {
  return context.alphaPopulation
    .filter((user) => sees(actor, { tenant: 'alpha', organizationId: user.organizationId }))
    .map(idOf)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Runs a write against a target made for this case alone: the answer must be `want`, the stored
 * user must be unchanged unless the verdict is ok (then `effect` checks it), and the target is
 * removed afterwards. A cell that names its target by integer id (`byId`) runs `alone`: a target
 * in the other tenant must then have an id no user of alpha has, or the cell would prove nothing.
 */
export async function onFreshTarget(
  context: CaseContext,
  name: string,
  spec: TargetSpec,
  expected: Verdict,
  attempt: (target: Target) => Promise<{ response: WireResponse; want: ExpectedAnswer }>,
  effect: (target: Target, after: UserView | null) => string[],
  options: { readonly byId?: boolean } = {},
): Promise<string[]> {
  const { host } = context;
  const target = await freshTarget(host, spec, options.byId === true);
  try {
    const before = fingerprint(await host.read(spec.tenant, { id: target.id }));
    const { response, want } = await attempt(target);
    const after = await host.read(spec.tenant, { id: target.id });
    const problems = answerProblems(name, response, want);
    if (expected === 'ok') problems.push(...effect(target, after).map((problem) => `${name}: ${problem}`));
    else if (fingerprint(after) !== before) problems.push(`${name}: refused, yet the user changed: ${before} → ${fingerprint(after)}`);
    return problems;
  } finally {
    await host.remove(spec.tenant, target.id);
  }
}

/** A target made for one case; one in the other tenant must have an id that names no user of alpha. */
async function freshTarget(host: MatrixHost, spec: TargetSpec, byId: boolean): Promise<Target> {
  const target = await host.createTarget(spec);
  if (byId && spec.tenant !== 'alpha' && (await host.read('alpha', { id: target.id })) !== null) {
    await host.remove(spec.tenant, target.id);
    throw new Error(`matrix: setup: the id of ${targetLabel(spec)} names a user of alpha (run such cases alone)`);
  }
  return target;
}

/**
 * Runs a create: the answer must be `want`; when allowed, `effect` checks the stored user (which
 * is then removed); when refused, no user with that e-mail may exist in alpha.
 */
export async function creating(
  context: CaseContext,
  name: string,
  expected: Verdict,
  attempt: (email: string) => Promise<{ response: WireResponse; want: ExpectedAnswer }>,
  effect: (created: UserView | null) => string[],
): Promise<string[]> {
  const { host } = context;
  const email = host.uniqueEmail('created');
  const { response, want } = await attempt(email);
  const created = await host.read('alpha', { email });
  if (created !== null) await host.remove('alpha', created.id);
  const problems = answerProblems(name, response, want);
  if (expected === 'ok') problems.push(...effect(created).map((problem) => `${name}: ${problem}`));
  else if (created !== null) problems.push(`${name}: refused, yet user ${created.id} was created`);
  return problems;
}

/** `problem` when the condition fails. */
export const check = (condition: boolean, problem: string): string[] => (condition ? [] : [problem]);
