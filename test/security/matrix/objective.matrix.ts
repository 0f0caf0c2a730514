import type { WireRequest } from '@roster/testing';
import { answerProblems, check, creating, onFreshTarget, readCasesOf, type ExpectedAnswer, type MatrixCase } from './matrix-case';
import { createVerdict, defaultOrganization, lowestRole, readVerdict, updateVerdict, type Verdict } from './matrix-oracle';
import { keyActors, targetLabel, targetSpecs, type MatrixActor, type TargetSpec } from './matrix-world';

/** docs/dialects/objective.md: the refusals, exactly. */
const REFUSALS: Readonly<Record<Exclude<Verdict, 'ok'>, ExpectedAnswer>> = {
  forbidden: { status: 403, body: '{}' },
  not_found: { status: 404, body: '{"error":"User not found"}' },
  protected: { status: 403, body: '{"error":"Users with backend access cannot be modified through the API"}' },
  unauthenticated: { status: 403, body: '{}' },
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

function createCase(actor: MatrixActor): MatrixCase {
  const expected = createVerdict(actor, {});
  const name = `${actor.label} creates a user`;
  return {
    actor,
    operation: 'create',
    name,
    expected,
    run: (context) =>
      creating(
        context,
        name,
        expected,
        async (email) => {
          const response = await context.host.send(
            request(actor, 'POST', '/api/users', { email, role: 'owner', password: 'chosen password 1' }),
          );
          return { response, want: answer(expected, { status: 201 }) };
        },
        (created) => [
          ...check(created?.role === lowestRole(), `created as ${created?.role} (the role sent must be ignored)`),
          ...check(created?.organizationId === defaultOrganization(actor), `placed in ${created?.organizationId}`),
        ],
      ),
  };
}

function readCases(actor: MatrixActor): MatrixCase[] {
  return readCasesOf(
    actor,
    (spec) => readVerdict(actor, spec),
    (target) => request(actor, 'GET', `/api/users/${target.id}`),
    (name, expected, response, target) => {
      if (expected !== 'ok') return answerProblems(name, response, REFUSALS[expected]);
      return check(
        response.status === 200 && (JSON.parse(response.text) as { id: number }).id === target.id,
        `${name}: got ${response.status} ${response.text.slice(0, 120)}`,
      );
    },
  );
}

/** A new name and a new password: what an account takeover would send. */
function updateCase(actor: MatrixActor, spec: TargetSpec): MatrixCase {
  const expected = updateVerdict(actor, spec, {}, { refuseBackendAccess: true });
  const name = `${actor.label} updates ${targetLabel(spec)}`;
  return {
    actor,
    operation: spec.backendAccess ? 'update staff' : 'update',
    name,
    expected,
    alone: spec.tenant !== 'alpha',
    run: (context) =>
      onFreshTarget(
        context,
        name,
        spec,
        expected,
        async (target) => ({
          response: await context.host.send(
            request(actor, 'PUT', `/api/users/${target.id}`, { first_name: 'Renamed', password: 'taken over 123' }),
          ),
          want: answer(expected, { status: 200, body: '{"message":"User updated successfully"}' }),
        }),
        (_target, after) => check(after?.firstName === 'Renamed', `first name ${after?.firstName}`),
        { byId: true },
      ),
  };
}

/** Every objective cell: each key × (create, get, update) × each target, with and without backend access. */
export function objectiveCases(): MatrixCase[] {
  return keyActors().flatMap((actor) => [
    createCase(actor),
    ...readCases(actor),
    ...[...targetSpecs(), ...targetSpecs({ backendAccess: true })].map((spec) => updateCase(actor, spec)),
  ]);
}
