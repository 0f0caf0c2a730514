import { createHash } from 'node:crypto';
import { COURSELIT_PERMISSIONS } from '@roster/core/http';
import type { WireRequest } from '@roster/testing';
import { check, creating, onFreshTarget, answerProblems, type ExpectedAnswer, type MatrixCase } from './matrix-case';
import { createVerdict, defaultOrganization, lowestRole, OTHER_TENANT_CREDENTIALS, updateVerdict, type Verdict } from './matrix-oracle';
import { keyActors, targetLabel, targetSpecs, type MatrixActor } from './matrix-world';

/** docs/dialects/courselit.md: the refusals, exactly. */
const REFUSALS: Readonly<Record<Exclude<Verdict, 'ok'>, ExpectedAnswer>> = {
  forbidden: { status: 403, body: '{"message":"Forbidden"}' },
  not_found: { status: 404, body: '{"error":"User not found"}' },
  protected: { status: 403, body: '{"message":"Forbidden"}' },
  unauthenticated: { status: 401, body: '{"message":"Unauthorized"}' },
};
const digest = (email: string): string => JSON.stringify({ email: createHash('md5').update(email, 'utf8').digest('hex') });
const answer = (verdict: Verdict, email: string): ExpectedAnswer =>
  verdict === 'ok' ? { status: 200, body: digest(email) } : REFUSALS[verdict];

function request(actor: MatrixActor, method: 'POST' | 'PATCH', body: Record<string, unknown>, domain = 'alpha'): WireRequest {
  return {
    method,
    path: '/api/user',
    headers: { domain, 'Content-Type': 'application/json' },
    body: JSON.stringify({ apikey: actor.secret, ...body }),
  };
}

/** POST with no permission, then with each of the page's permissions granted. */
function createCases(actor: MatrixActor): MatrixCase[] {
  return [[], ...COURSELIT_PERMISSIONS.map((permission) => [permission])].map((permissions) => {
    const expected = createVerdict(actor, { permissions });
    const name = `${actor.label} creates a user granted [${permissions.join(',')}]`;
    return {
      actor,
      operation: 'create with permissions',
      name,
      expected,
      run: (context) =>
        creating(
          context,
          name,
          expected,
          async (email) => ({
            response: await context.host.send(request(actor, 'POST', { email, name: 'New User', permissions })),
            want: answer(expected, email),
          }),
          (created) => [
            ...check(created?.role === lowestRole(), `created as ${created?.role}`),
            ...check(created?.organizationId === defaultOrganization(actor), `placed in ${created?.organizationId}`),
            ...check(
              permissions.every((permission) => created?.permissions.includes(permission)),
              `permissions ${String(created?.permissions)}`,
            ),
          ],
        ),
    };
  });
}

/** PATCH of each target's name, and of its permissions to each single permission of the page. */
function updateCases(actor: MatrixActor): MatrixCase[] {
  return targetSpecs().flatMap((spec) => {
    const changes: { permissions?: string[] }[] = [{}, ...COURSELIT_PERMISSIONS.map((permission) => ({ permissions: [permission] }))];
    return changes.map((change): MatrixCase => {
      const permissions = change.permissions as (typeof COURSELIT_PERMISSIONS)[number][] | undefined;
      const expected = updateVerdict(actor, spec, permissions ? { permissions } : {}, { grantsFirst: true });
      const what = permissions ? `grants [${permissions.join(',')}] to` : 'renames';
      const name = `${actor.label} ${what} ${targetLabel(spec)}`;
      return {
        actor,
        operation: permissions ? 'update permissions' : 'update name',
        name,
        expected,
        run: (context) =>
          onFreshTarget(
            context,
            name,
            spec,
            expected,
            async (target) => ({
              response: await context.host.send(request(actor, 'PATCH', { email: target.email, name: 'Renamed Person', ...change })),
              want: answer(expected, target.email),
            }),
            (_target, after) => [
              ...check(after?.firstName === 'Renamed', `first name ${after?.firstName}`),
              ...(permissions
                ? check(JSON.stringify(after?.permissions) === JSON.stringify(permissions), `permissions ${String(after?.permissions)}`)
                : []),
            ],
          ),
      };
    });
  });
}

/** The key presented under the other tenant's domain: no key there. */
function otherTenantCase(actor: MatrixActor): MatrixCase {
  const name = `${actor.label} creates a user in beta`;
  return {
    actor,
    operation: 'other tenant',
    name,
    expected: OTHER_TENANT_CREDENTIALS,
    async run(context) {
      const email = context.host.uniqueEmail('foreign');
      const response = await context.host.send(request(actor, 'POST', { email }, 'beta'));
      return [
        ...answerProblems(name, response, REFUSALS.unauthenticated),
        ...check((await context.host.read('beta', { email })) === null, `${name}: a user was created in beta`),
      ];
    },
  };
}

/** Every courselit cell: each key × (create with each grant, rename and grant on each target, other tenant). */
export function courselitCases(): MatrixCase[] {
  return keyActors().flatMap((actor) => [...createCases(actor), ...updateCases(actor), otherTenantCase(actor)]);
}
