import type { WireResponse } from '@roster/testing';
import { check, type ExpectedAnswer, type MatrixCase } from './matrix-case';
import type { Verdict } from './matrix-oracle';
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

/** Every admin users cell: each key × (create with each role, list, get, role change, status change, delete) × each target. */
export function adminCases(): MatrixCase[] {
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
