import type { WireRequest, WireResponse } from '@roster/testing';
import {
  answerProblems,
  check,
  creating,
  onFreshTarget,
  readCasesOf,
  visibleIds,
  type ExpectedAnswer,
  type MatrixCase,
} from './matrix-case';
import {
  createVerdict,
  defaultOrganization,
  deleteVerdict,
  exceededGroups,
  groupVisible,
  listVerdict,
  OTHER_TENANT_CREDENTIALS,
  readVerdict,
  updateVerdict,
  type Change,
  type Verdict,
} from './matrix-oracle';
import {
  GROUPS,
  ORGANIZATIONS,
  ROLES,
  TENANTS,
  targetLabel,
  targetSpecs,
  userActors,
  type MatrixActor,
  type TargetSpec,
} from './matrix-world';

/** ispring: only the account owner, administrator and organization administrator may use the API (docs/dialects/ispring.md, "Signing in"). */
const API_ROLES = ['owner', 'administrator', 'organizationAdministrator'];
const gate = (actor: MatrixActor, verdict: Verdict): Verdict => (API_ROLES.includes(actor.role) ? verdict : 'forbidden');

const REFUSALS: Readonly<Record<Exclude<Verdict, 'ok'>, ExpectedAnswer>> = {
  forbidden: { status: 403, body: 'Permission Denied' },
  not_found: { status: 404, body: 'Unknown user' },
  protected: { status: 403, body: 'Permission Denied' },
  unauthenticated: { status: 401, body: 'Unauthorized' },
};
const answer = (verdict: Verdict, ok: ExpectedAnswer): ExpectedAnswer => (verdict === 'ok' ? ok : REFUSALS[verdict]);

function request(
  actor: MatrixActor,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  accountUrl = TENANTS.alpha.accountUrl,
): WireRequest {
  return {
    method,
    path,
    headers: { 'X-Auth-Account-Url': accountUrl, 'X-Auth-Email': actor.email!, 'X-Auth-Password': actor.secret, ...headers },
  };
}

/** X-Exceeded-Groups as the spec says: the refused ids, comma-separated, only when there are some. */
function exceededProblems(response: WireResponse, expected: readonly number[]): string[] {
  const got = response.headers['x-exceeded-groups'];
  const want = expected.length === 0 ? undefined : expected.join(',');
  return check(got === want, `X-Exceeded-Groups ${String(got)}, expected ${String(want)}`);
}

function changeHeaders(change: Change): Record<string, string> {
  return {
    ...(change.role === undefined ? {} : { 'X-Role': change.role }),
    ...(change.organizationId === undefined ? {} : { 'X-Organization-Id': String(change.organizationId) }),
    ...(change.groupIds === undefined ? {} : { 'X-Groups': change.groupIds.join(',') }),
  };
}

const describeChange = (change: Change): string =>
  change.role
    ? `role ${change.role}`
    : change.organizationId
      ? `organization ${change.organizationId}`
      : change.groupIds
        ? `group ${String(change.groupIds)}`
        : 'no placement';

function createCases(actor: MatrixActor): MatrixCase[] {
  const changes: Change[] = [
    ...ROLES.flatMap(({ name: role }) => ORGANIZATIONS.map(({ id }) => ({ role, organizationId: id }))),
    ...GROUPS.map(({ id }) => ({ groupIds: [id] })),
  ];
  return changes.map((change) => {
    const expected = gate(actor, createVerdict(actor, change));
    const name = `${actor.label} creates a user with ${describeChange(change)}${change.organizationId ? ` in ${change.organizationId}` : ''}`;
    return {
      actor,
      operation: change.groupIds ? 'create in groups' : 'create with role and organization',
      name,
      expected,
      async run(context) {
        let response: WireResponse | null = null;
        const problems = await creating(
          context,
          name,
          expected,
          async (email) => {
            response = await context.host.send(
              request(actor, 'POST', '/user', { 'X-Email': email, 'X-Send-Login-Email': '0', ...changeHeaders(change) }),
            );
            return { response, want: answer(expected, { status: 201 }) };
          },
          (created) => [
            ...check(response?.text === String(created?.id), `answered ${response?.text}, created ${created?.id}`),
            ...check(created?.role === (change.role ?? 'user'), `role ${created?.role}`),
            ...check(
              created?.organizationId === (change.organizationId ?? defaultOrganization(actor)),
              `organization ${created?.organizationId}`,
            ),
            ...(change.groupIds
              ? [
                  ...check(
                    JSON.stringify(created?.groupIds) === JSON.stringify(change.groupIds.filter((id) => groupVisible(actor, id))),
                    `groups ${String(created?.groupIds)}`,
                  ),
                  ...exceededProblems(response!, exceededGroups(actor, change.groupIds)),
                ]
              : []),
          ],
        );
        return problems;
      },
    };
  });
}

function listCase(actor: MatrixActor): MatrixCase {
  const expected = gate(actor, listVerdict(actor));
  const name = `${actor.label} lists users`;
  return {
    actor,
    operation: 'list',
    name,
    expected,
    async run(context) {
      const response = await context.host.send(request(actor, 'GET', '/user'));
      if (expected !== 'ok') return answerProblems(name, response, REFUSALS[expected]);
      const listed = [...response.text.matchAll(/<userId>(\d+)<\/userId>/g)].map((match) => Number(match[1])).sort((a, b) => a - b);
      const visible = visibleIds(context, actor, (user) => user.id);
      return check(
        response.status === 200 && JSON.stringify(listed) === JSON.stringify(visible),
        `${name}: listed ${String(listed)}, expected ${String(visible)}`,
      );
    },
  };
}

function readCases(actor: MatrixActor): MatrixCase[] {
  return readCasesOf(
    actor,
    (spec) => gate(actor, readVerdict(actor, spec)),
    (target) => request(actor, 'GET', `/user/${target.id}`),
    (name, expected, response, target) => {
      if (expected === 'not_found') return answerProblems(name, response, { status: 404, body: 'Unknown User' });
      if (expected !== 'ok') return answerProblems(name, response, REFUSALS[expected]);
      return check(response.status === 200 && response.text.includes(`<userId>${target.id}</userId>`), `${name}: got ${response.status}`);
    },
  );
}

function updateCase(actor: MatrixActor, spec: TargetSpec, change: Change, operation: string): MatrixCase {
  const expected = gate(actor, updateVerdict(actor, spec, change));
  const name = `${actor.label} updates ${targetLabel(spec)}: ${describeChange(change)}`;
  const fields = { 'X-Fields-Xml': '<fields><first_name>Renamed</first_name></fields>' };
  return {
    actor,
    operation,
    name,
    expected,
    alone: spec.tenant !== 'alpha',
    run: (context) => {
      let response: WireResponse | null = null;
      return onFreshTarget(
        context,
        name,
        spec,
        expected,
        async (target) => {
          response = await context.host.send(request(actor, 'POST', `/user/${target.id}`, { ...fields, ...changeHeaders(change) }));
          return { response, want: answer(expected, { status: 200, body: '' }) };
        },
        (_target, after) => [
          ...check(after?.firstName === 'Renamed', `first name ${after?.firstName}`),
          ...check(change.role === undefined || after?.role === change.role, `role ${after?.role}`),
          ...check(
            change.organizationId === undefined || after?.organizationId === change.organizationId,
            `organization ${after?.organizationId}`,
          ),
          ...(change.groupIds
            ? [
                ...check(
                  JSON.stringify(after?.groupIds) === JSON.stringify(change.groupIds.filter((id) => groupVisible(actor, id))),
                  `groups ${String(after?.groupIds)}`,
                ),
                ...exceededProblems(response!, exceededGroups(actor, change.groupIds)),
              ]
            : []),
        ],
        { byId: true },
      );
    },
  };
}

function writeCases(actor: MatrixActor): MatrixCase[] {
  return targetSpecs().flatMap((spec) => {
    const deleteExpected = gate(actor, deleteVerdict(actor, spec));
    const deleteName = `${actor.label} deletes ${targetLabel(spec)}`;
    return [
      updateCase(actor, spec, {}, 'update fields'),
      ...ROLES.map(({ name: role }) => updateCase(actor, spec, { role }, 'update role')),
      ...ORGANIZATIONS.map(({ id }) => updateCase(actor, spec, { organizationId: id }, 'move organization')),
      ...GROUPS.map(({ id }) => updateCase(actor, spec, { groupIds: [id] }, 'update groups')),
      {
        actor,
        operation: 'delete',
        name: deleteName,
        expected: deleteExpected,
        alone: spec.tenant !== 'alpha',
        run: (context) =>
          onFreshTarget(
            context,
            deleteName,
            spec,
            deleteExpected,
            async (target) => ({
              response: await context.host.send(request(actor, 'DELETE', `/user/${target.id}`)),
              want: answer(deleteExpected, { status: 204, body: '' }),
            }),
            (_target, after) => check(after === null, 'still there'),
            { byId: true },
          ),
      } satisfies MatrixCase,
    ];
  });
}

/** The actor's own e-mail and password, presented as the other tenant's account. */
function otherTenantCase(actor: MatrixActor): MatrixCase {
  const name = `${actor.label} signs in to beta`;
  return {
    actor,
    operation: 'other tenant',
    name,
    expected: OTHER_TENANT_CREDENTIALS,
    run: async (context) =>
      answerProblems(name, await context.host.send(request(actor, 'GET', '/user', {}, TENANTS.beta.accountUrl)), REFUSALS.unauthenticated),
  };
}

/** Every ispring cell: each password user × (create with role, organization, groups; list; get; update fields, role, organization, groups; delete) × each target. */
export function ispringCases(): MatrixCase[] {
  return userActors().flatMap((actor) => [
    ...createCases(actor),
    listCase(actor),
    ...readCases(actor),
    ...writeCases(actor),
    otherTenantCase(actor),
  ]);
}
