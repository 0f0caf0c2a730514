import type { WireRequest, WireResponse } from '@roster/testing';
import { check, creating, fixedTarget, onFreshTarget, type CaseContext, type ExpectedAnswer, type MatrixCase } from './matrix-case';
import {
  createVerdict,
  defaultOrganization,
  deleteVerdict,
  listVerdict,
  readVerdict,
  sees,
  updateVerdict,
  type Verdict,
} from './matrix-oracle';
import { keyActors, ROLES, targetLabel, targetSpecs, type MatrixActor } from './matrix-world';

const USERS = '/roster/v1/users';
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
const answer = (verdict: Verdict, ok: ExpectedAnswer): ExpectedAnswer => (verdict === 'ok' ? ok : REFUSALS[verdict]);

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

function request(actor: MatrixActor, method: string, path: string, body?: unknown): WireRequest {
  return {
    method,
    path,
    headers: { Authorization: `Bearer ${actor.secret}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}

/** Sends, and keeps the 403 check's findings for the case to report. */
async function sent(context: CaseContext, name: string, verdict: Verdict, wire: WireRequest, found: string[]): Promise<WireResponse> {
  const response = await context.host.send(wire);
  found.push(...refusalProblems(name, verdict, response));
  return response;
}

function createCases(actor: MatrixActor): MatrixCase[] {
  return ROLES.map(({ name: role }) => {
    const expected = createVerdict(actor, { role });
    const name = `${actor.label} creates a ${role}`;
    return {
      actor,
      operation: 'create with role',
      name,
      expected,
      async run(context: CaseContext) {
        const found: string[] = [];
        const problems = await creating(
          context,
          name,
          expected,
          async (email) => ({
            response: await sent(context, name, expected, request(actor, 'POST', USERS, { email, first_name: 'New', role }), found),
            want: answer(expected, { status: 201 }),
          }),
          (created) => [
            ...check(created?.role === role, `created with role ${created?.role}`),
            ...check(created?.organizationId === defaultOrganization(actor), `placed in ${created?.organizationId}`),
          ],
        );
        return [...problems, ...found];
      },
    };
  });
}

function listCase(actor: MatrixActor): MatrixCase {
  const expected = listVerdict(actor);
  const name = `${actor.label} lists users`;
  return {
    actor,
    operation: 'list',
    name,
    expected,
    async run(context) {
      const response = await context.host.send(request(actor, 'GET', `${USERS}?limit=100`));
      if (expected !== 'ok')
        return [
          ...check(response.status === 403, `${name}: got ${response.status} ${response.text}`),
          ...refusalProblems(name, 'forbidden', response),
        ];
      if (response.status !== 200) return [`${name}: got ${response.status} ${response.text}`];
      const listed = (JSON.parse(response.text) as { data: { id: string }[] }).data.map((user) => user.id).sort();
      const visible = context.alphaPopulation
        .filter((user) => sees(actor, { tenant: 'alpha', organizationId: user.organizationId }))
        .map((user) => user.publicId)
        .sort();
      return check(
        JSON.stringify(listed) === JSON.stringify(visible),
        `${name}: listed ${listed.length} users, expected ${visible.length}`,
      );
    },
  };
}

function readCases(actor: MatrixActor): MatrixCase[] {
  return targetSpecs().map((spec) => {
    const expected = readVerdict(actor, spec);
    const name = `${actor.label} reads ${targetLabel(spec)}`;
    return {
      actor,
      operation: 'get',
      name,
      expected,
      async run(context) {
        const target = fixedTarget(context, spec);
        const response = await context.host.send(request(actor, 'GET', `${USERS}/${target.publicId}`));
        if (expected !== 'ok') {
          const want = REFUSALS[expected];
          return [
            ...check(
              response.status === want.status && (want.body === undefined || response.text === want.body),
              `${name}: got ${response.status} ${response.text}`,
            ),
            ...refusalProblems(name, expected, response),
          ];
        }
        return check(
          response.status === 200 && (JSON.parse(response.text) as { id: string }).id === target.publicId,
          `${name}: got ${response.status} ${response.text.slice(0, 120)}`,
        );
      },
    };
  });
}

function writeCases(actor: MatrixActor): MatrixCase[] {
  return targetSpecs().flatMap((spec) => {
    const label = targetLabel(spec);
    const write = (
      operation: string,
      name: string,
      expected: Verdict,
      method: string,
      body: unknown,
      ok: ExpectedAnswer,
      effect: Parameters<typeof onFreshTarget>[5],
    ): MatrixCase => ({
      actor,
      operation,
      name,
      expected,
      async run(context) {
        const found: string[] = [];
        const problems = await onFreshTarget(
          context,
          name,
          spec,
          expected,
          async (target) => ({
            response: await sent(context, name, expected, request(actor, method, `${USERS}/${target.publicId}`, body), found),
            want: answer(expected, ok),
          }),
          effect,
        );
        return [...problems, ...found];
      },
    });
    const roleChanges = ROLES.map(({ name: role }) =>
      write(
        'update role',
        `${actor.label} makes ${label} a ${role}`,
        updateVerdict(actor, spec, { role }),
        'PATCH',
        { role },
        { status: 200 },
        (_target, after) => check(after?.role === role, `role is ${after?.role}`),
      ),
    );
    const status = write(
      'update status',
      `${actor.label} deactivates ${label}`,
      updateVerdict(actor, spec, {}),
      'PATCH',
      { status: 'inactive' },
      { status: 200 },
      (_target, after) => check(after?.status === 'inactive', `status is ${after?.status}`),
    );
    const removal = write(
      'delete',
      `${actor.label} deletes ${label}`,
      deleteVerdict(actor, spec),
      'DELETE',
      undefined,
      { status: 204, body: '' },
      (_target, after) => check(after === null, 'still there'),
    );
    return [...roleChanges, status, removal];
  });
}

/** Every admin users cell: each key × (create with each role, list, get, role change, status change, delete) × each target. */
export function adminCases(): MatrixCase[] {
  return keyActors().flatMap((actor) => [...createCases(actor), listCase(actor), ...readCases(actor), ...writeCases(actor)]);
}
