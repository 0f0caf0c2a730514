import type { WireRequest, WireResponse } from '@roster/testing';
import {
  check,
  creating,
  onFreshTarget,
  readCasesOf,
  visibleIds,
  type CaseContext,
  type ExpectedAnswer,
  type MatrixCase,
} from './matrix-case';
import { createVerdict, defaultOrganization, deleteVerdict, listVerdict, readVerdict, updateVerdict, type Verdict } from './matrix-oracle';
import { keyActors, ROLES, targetLabel, targetSpecs, type MatrixActor } from './matrix-world';

/** What tells one JSON users dialect from another in the matrix: paths, bodies and the refusals. */
export interface JsonDialectMatrix {
  /** The users collection, e.g. `/api/v1/users`. */
  readonly users: string;
  /** The refusals; a refusal without `body` is checked by status (and `refusalFindings`). */
  readonly refusals: Readonly<Record<Exclude<Verdict, 'ok'>, ExpectedAnswer>>;
  readonly createBody: (email: string, role: string) => unknown;
  readonly updateMethod: 'PUT' | 'PATCH';
  readonly deleted: ExpectedAnswer;
  /** The user id a 200 read answer names. */
  readonly readId: (text: string) => string;
  /** Further checks of a refused answer (the admin's 403 must name a hierarchy code). */
  readonly refusalFindings?: (name: string, verdict: Verdict, response: WireResponse) => string[];
}

function request(actor: MatrixActor, method: string, path: string, body?: unknown): WireRequest {
  return {
    method,
    path,
    headers: { Authorization: `Bearer ${actor.secret}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}

/** Every cell of one JSON dialect: each key × (create with each role, list, get, role change, status change, delete) × each target. */
export function jsonDialectCases(dialect: JsonDialectMatrix): MatrixCase[] {
  const answer = (verdict: Verdict, ok: ExpectedAnswer): ExpectedAnswer => (verdict === 'ok' ? ok : dialect.refusals[verdict]);
  const findings = (name: string, verdict: Verdict, response: WireResponse): string[] =>
    verdict === 'ok' ? [] : (dialect.refusalFindings?.(name, verdict, response) ?? []);
  const refused = (name: string, verdict: Exclude<Verdict, 'ok'>, response: WireResponse): string[] => {
    const want = dialect.refusals[verdict];
    return [
      ...check(
        response.status === want.status && (want.body === undefined || response.text === want.body),
        `${name}: got ${response.status} ${response.text}`,
      ),
      ...findings(name, verdict, response),
    ];
  };
  /** Sends, and keeps the refusal findings for the case to report. */
  const sent = async (context: CaseContext, name: string, verdict: Verdict, wire: WireRequest, found: string[]) => {
    const response = await context.host.send(wire);
    found.push(...findings(name, verdict, response));
    return response;
  };

  const createCases = (actor: MatrixActor): MatrixCase[] =>
    ROLES.map(({ name: role }) => {
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
              response: await sent(context, name, expected, request(actor, 'POST', dialect.users, dialect.createBody(email, role)), found),
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

  const listCase = (actor: MatrixActor): MatrixCase => {
    const expected = listVerdict(actor);
    const name = `${actor.label} lists users`;
    return {
      actor,
      operation: 'list',
      name,
      expected,
      async run(context) {
        const response = await context.host.send(request(actor, 'GET', `${dialect.users}?limit=100`));
        if (expected !== 'ok') return refused(name, 'forbidden', response);
        if (response.status !== 200) return [`${name}: got ${response.status} ${response.text}`];
        const listed = (JSON.parse(response.text) as { data: { id: string }[] }).data.map((user) => user.id).sort();
        const visible = visibleIds(context, actor, (user) => user.publicId);
        return check(
          JSON.stringify(listed) === JSON.stringify(visible),
          `${name}: listed ${listed.length} users, expected ${visible.length}`,
        );
      },
    };
  };

  const readCases = (actor: MatrixActor): MatrixCase[] =>
    readCasesOf(
      actor,
      (spec) => readVerdict(actor, spec),
      (target) => request(actor, 'GET', `${dialect.users}/${target.publicId}`),
      (name, expected, response, target) => {
        if (expected !== 'ok') return refused(name, expected, response);
        return check(
          response.status === 200 && dialect.readId(response.text) === target.publicId,
          `${name}: got ${response.status} ${response.text.slice(0, 120)}`,
        );
      },
    );

  const writeCases = (actor: MatrixActor): MatrixCase[] =>
    targetSpecs().flatMap((spec) => {
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
              response: await sent(context, name, expected, request(actor, method, `${dialect.users}/${target.publicId}`, body), found),
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
          dialect.updateMethod,
          { role },
          { status: 200 },
          (_target, after) => check(after?.role === role, `role is ${after?.role}`),
        ),
      );
      const status = write(
        'update status',
        `${actor.label} deactivates ${label}`,
        updateVerdict(actor, spec, {}),
        dialect.updateMethod,
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
        dialect.deleted,
        (_target, after) => check(after === null, 'still there'),
      );
      return [...roleChanges, status, removal];
    });

  return keyActors().flatMap((actor) => [...createCases(actor), listCase(actor), ...readCases(actor), ...writeCases(actor)]);
}
