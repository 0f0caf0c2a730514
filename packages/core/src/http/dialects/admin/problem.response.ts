import type { FieldIssue } from '../../../errors';
import type { RosterResponse } from '../../http.types';

/** RFC 9457's media type; every admin error answers with it. */
export const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

export interface Problem {
  readonly status: number;
  /** Stable, UPPER_SNAKE: what a client branches on. */
  readonly code: string;
  /** A short summary of the kind of problem, the same for every occurrence of the code. */
  readonly title: string;
}

/** The problem's `type` URI: a URN named after its code (`urn:roster:problem:user-not-found`). */
export function problemType(code: string): string {
  return `urn:roster:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

/**
 * A problem details answer: `type`, `title`, `status`, `detail`, `code`, and for a validation
 * problem the wrong fields as `errors` (`[{ "field", "message" }]`).
 */
export function problemResponse(
  problem: Problem,
  detail: string,
  extra: { readonly errors?: readonly FieldIssue[]; readonly headers?: Readonly<Record<string, string>> } = {},
): RosterResponse {
  const body = {
    type: problemType(problem.code),
    title: problem.title,
    status: problem.status,
    detail,
    code: problem.code,
    ...(extra.errors === undefined ? {} : { errors: extra.errors.map(({ field, message }) => ({ field, message })) }),
  };
  return { status: problem.status, headers: { 'Content-Type': PROBLEM_TYPE, ...extra.headers }, body: JSON.stringify(body) };
}
