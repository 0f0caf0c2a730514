import type { WireRequest } from '@roster/testing';
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

/** docs/dialects/rest-v1.md: the refusals, exactly. */
const REFUSALS: Readonly<Record<Exclude<Verdict, 'ok'>, ExpectedAnswer>> = {
  forbidden: { status: 403, body: '{"success":false,"message":"Insufficient permissions"}' },
  not_found: { status: 404, body: '{"success":false,"message":"User does not exist"}' },
  protected: { status: 403, body: '{"success":false,"message":"Insufficient permissions"}' },
  unauthenticated: { status: 401, body: '{"success":false,"message":"Authentication required"}' },
};
const answer = (verdict: Verdict, ok: ExpectedAnswer): ExpectedAnswer => (verdict === 'ok' ? ok : REFUSALS[verdict]);

function request(actor: MatrixActor, method: string, path: string, body?: unknown): WireRequest {
  return {
    method,
    path,
    headers: { Authorization: `Bearer ${actor.secret}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
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
      run: (context: CaseContext) =>
        creating(
          context,
          name,
          expected,
          async (email) => ({
            response: await context.host.send(request(actor, 'POST', '/api/v1/users', { email, name: 'New User', role })),
            want: answer(expected, { status: 201 }),
          }),
          (created) => [
            ...check(created?.role === role, `created with role ${created?.role}`),
            ...check(created?.organizationId === defaultOrganization(actor), `placed in ${created?.organizationId}`),
          ],
        ),
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
      const response = await context.host.send(request(actor, 'GET', '/api/v1/users?limit=100'));
      if (expected !== 'ok')
        return response.status === 403 && response.text === REFUSALS.forbidden.body
          ? []
          : [`${name}: got ${response.status} ${response.text}`];
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
        const response = await context.host.send(request(actor, 'GET', `/api/v1/users/${target.publicId}`));
        if (expected !== 'ok')
          return check(
            response.status === REFUSALS[expected].status && response.text === REFUSALS[expected].body,
            `${name}: got ${response.status} ${response.text}`,
          );
        return check(
          response.status === 200 && (JSON.parse(response.text) as { data: { id: string } }).data.id === target.publicId,
          `${name}: got ${response.status} ${response.text.slice(0, 120)}`,
        );
      },
    };
  });
}

function writeCases(actor: MatrixActor): MatrixCase[] {
  return targetSpecs().flatMap((spec) => {
    const label = targetLabel(spec);
    const roleChanges = ROLES.map(({ name: role }): MatrixCase => {
      const expected = updateVerdict(actor, spec, { role });
      const name = `${actor.label} makes ${label} a ${role}`;
      return {
        actor,
        operation: 'update role',
        name,
        expected,
        run: (context) =>
          onFreshTarget(
            context,
            name,
            spec,
            expected,
            async (target) => ({
              response: await context.host.send(request(actor, 'PUT', `/api/v1/users/${target.publicId}`, { role })),
              want: answer(expected, { status: 200 }),
            }),
            (_target, after) => check(after?.role === role, `role is ${after?.role}`),
          ),
      };
    });
    const statusExpected = updateVerdict(actor, spec, {});
    const status: MatrixCase = {
      actor,
      operation: 'update status',
      name: `${actor.label} deactivates ${label}`,
      expected: statusExpected,
      run: (context) =>
        onFreshTarget(
          context,
          `${actor.label} deactivates ${label}`,
          spec,
          statusExpected,
          async (target) => ({
            response: await context.host.send(request(actor, 'PUT', `/api/v1/users/${target.publicId}`, { status: 'inactive' })),
            want: answer(statusExpected, { status: 200 }),
          }),
          (_target, after) => check(after?.status === 'inactive', `status is ${after?.status}`),
        ),
    };
    const deleteExpected = deleteVerdict(actor, spec);
    const removal: MatrixCase = {
      actor,
      operation: 'delete',
      name: `${actor.label} deletes ${label}`,
      expected: deleteExpected,
      run: (context) =>
        onFreshTarget(
          context,
          `${actor.label} deletes ${label}`,
          spec,
          deleteExpected,
          async (target) => ({
            response: await context.host.send(request(actor, 'DELETE', `/api/v1/users/${target.publicId}`)),
            want: answer(deleteExpected, { status: 200, body: '{"success":true,"message":"User deleted successfully"}' }),
          }),
          (_target, after) => check(after === null, 'still there'),
        ),
    };
    return [...roleChanges, status, removal];
  });
}

/** Every rest-v1 cell: each key × (create with each role, list, get, role change, status change, delete) × each target. */
export function restV1Cases(): MatrixCase[] {
  return keyActors().flatMap((actor) => [...createCases(actor), listCase(actor), ...readCases(actor), ...writeCases(actor)]);
}
