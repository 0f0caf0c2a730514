import type { WireResponse } from '@roster/testing';
import { answerProblems, check, type ExpectedAnswer, type MatrixCase } from './matrix-case';
import type { Verdict } from './matrix-oracle';
import { keyActors, ROLES } from './matrix-world';
import { jsonDialectCases } from './json-dialect.matrix';

const problem = (status: number, code: string, title: string): string =>
  JSON.stringify({ type: `urn:roster:problem:${code.toLowerCase().replace(/_/g, '-')}`, title, status, detail: `${title}.`, code });

/** docs/dialects/admin.md: the refusals. A 403 names one of the hierarchy codes; the others are exact. */
const REFUSALS: Readonly<Record<Exclude<Verdict, 'ok'>, ExpectedAnswer>> = {
  forbidden: { status: 403 },
  not_found: { status: 404, body: problem(404, 'USER_NOT_FOUND', 'No such user') },
  protected: { status: 403 },
  unauthenticated: { status: 401 },
};
const FORBIDDEN_CODES = [
  'PERMISSION_DENIED',
  'ROLE_ABOVE_ACTOR',
  'TARGET_ABOVE_ACTOR',
  'PERMISSION_NOT_HELD',
  'OUT_OF_SCOPE',
  'USER_PROTECTED',
];

/** A refused 403 must be a problem+json naming a hierarchy code (the status alone is checked by the case). */
function refusalProblems(name: string, verdict: Verdict, response: WireResponse): string[] {
  if (verdict !== 'forbidden' && verdict !== 'protected') return [];
  const type = String(response.headers['content-type']);
  let code: unknown;
  try {
    code = (JSON.parse(response.text) as { code?: unknown }).code;
  } catch {
    code = undefined;
  }
  return check(
    type.startsWith('application/problem+json') && FORBIDDEN_CODES.includes(String(code)),
    `${name}: a 403 that is no hierarchy problem: ${type} ${response.text.slice(0, 160)}`,
  );
}

/**
 * The operator-only maintenance route: a tenant key of any rank gets exactly 403 PERMISSION_DENIED.
 * A few cells (the highest and the lowest role's tenant-wide key, and one bound to an organization),
 * not one per key: the route takes no target, so rank and reach cannot change the answer.
 */
function maintenanceCases(): MatrixCase[] {
  const keys = keyActors().filter((actor) => actor.permissions.length === 0);
  const highest = ROLES[0]?.name;
  const lowest = ROLES[ROLES.length - 1]?.name;
  const chosen = [
    keys.find((actor) => actor.role === highest && actor.organizationId === null),
    keys.find((actor) => actor.role === lowest),
    keys.find((actor) => actor.role === highest && actor.organizationId !== null),
  ].filter((actor): actor is (typeof keys)[number] => actor !== undefined);
  return chosen.map((actor) => {
    const name = `${actor.label} runs the event-history purge`;
    return {
      actor,
      operation: 'purge event history (operator only)',
      name,
      expected: 'forbidden',
      async run(context) {
        const response = await context.host.send({
          method: 'POST',
          path: '/roster/v1/maintenance/purge-event-history',
          headers: { authorization: `Bearer ${actor.secret}`, 'content-type': 'application/json' },
          body: '{}',
        });
        return answerProblems(name, response, {
          status: 403,
          body: problem(403, 'PERMISSION_DENIED', 'The credential lacks the permission'),
        });
      },
    };
  });
}

/**
 * Every admin users cell: each key × (create with each role, list, get, role change, status change, delete) × each target;
 * and the maintenance route's few cells.
 */
export function adminCases(): MatrixCase[] {
  return [...usersCases(), ...maintenanceCases()];
}

function usersCases(): MatrixCase[] {
  return jsonDialectCases({
    users: '/roster/v1/users',
    refusals: REFUSALS,
    createBody: (email, role) => ({ email, first_name: 'New', role }),
    updateMethod: 'PATCH',
    deleted: { status: 204, body: '' },
    readId: (text) => (JSON.parse(text) as { id: string }).id,
    refusalFindings: refusalProblems,
  });
}
