import type { Actor, Group, Tenant, User } from '../../domain';
import { RosterError } from '../../errors';
import type { ImportFormat, ImportRowError, UserStore } from '../../ports';
import { assignGroups } from '../users/group-assignment';
import { planNewUser, type NewUserPlan, type NewUserRules } from '../users/new-user-plan';
import type { TenantScope } from '../users/user-scope';
import type { ImportRow } from './import-file';
import { importInput } from './import-input';
import { rowError, rowErrorsOf, rowProblem, UNREADABLE } from './import-row-errors';

/** A row that passed every rule: what its insert needs. */
export interface ReadyRow {
  readonly line: number;
  readonly plan: NewUserPlan;
  readonly groupIds: readonly number[];
}

/** What a job run knows once, for all its batches. */
export interface ImportRunContext {
  readonly actor: Actor;
  readonly tenant: Tenant;
  readonly scope: TenantScope;
  readonly format: ImportFormat;
  readonly rules: NewUserRules;
  /** The tenant's groups, loaded by the first row that asks for any. */
  groups(): Promise<readonly Group[]>;
  /** E-mails (`e:…`) and logins (`l:…`, lowercased) taken by rows of this run so far (see `claim`). */
  readonly seen: Set<string>;
}

const emailKey = (email: string): string => `e:${email}`;
const loginKey = (login: string): string => `l:${login.toLowerCase()}`;

/** A batch checked: the rows to insert, and the errors of the others (by line). */
export interface CheckedBatch {
  readonly ready: readonly ReadyRow[];
  readonly errors: readonly ImportRowError[];
  readonly failedLines: ReadonlySet<number>;
}

/** A ready row's e-mail and login keys, as `ImportRunContext.seen` holds them. */
function identityKeys(plan: NewUserPlan): string[] {
  const { email, login } = plan.identity;
  return [...(email === null ? [] : [emailKey(email)]), ...(login === null ? [] : [loginKey(login)])];
}

/**
 * Marks the rows' e-mails and logins as taken by this run: once their batch is committed (or, for
 * a validate-only job, checked). Not before: a batch that falls back to row by row checks its rows again.
 */
export function claim(context: ImportRunContext, rows: readonly ReadyRow[]): void {
  for (const row of rows) for (const key of identityKeys(row.plan)) context.seen.add(key);
}

/**
 * Checks one batch with the create rules, row by row, then its e-mails and logins against the
 * tenant's users in one query, the rows of the run claimed so far, and the rows before it in the
 * batch. Claims nothing itself (`claim`).
 */
export async function checkBatch(context: ImportRunContext, users: UserStore, batch: readonly ImportRow[]): Promise<CheckedBatch> {
  const errors: ImportRowError[] = [];
  const failedLines = new Set<number>();
  const fail = (found: readonly ImportRowError[]): void => {
    errors.push(...found);
    for (const error of found) failedLines.add(error.line);
  };
  const planned: { line: number; plan: NewUserPlan }[] = [];
  for (const row of batch) {
    if ('error' in row) {
      fail([rowProblem(row.line, UNREADABLE, row.error)]);
      continue;
    }
    const converted = importInput(row.fields, context.format === 'csv');
    if ('problem' in converted) {
      fail([rowProblem(row.line, 'VALIDATION_FAILED', converted.problem)]);
      continue;
    }
    try {
      planned.push({ line: row.line, plan: await planNewUser(context.rules, converted.input) });
    } catch (error) {
      if (!RosterError.is(error)) throw error;
      fail(rowErrorsOf(row.line, error));
    }
  }
  const taken = await takenIdentities(users, context.tenant.id, planned);
  const ready: ReadyRow[] = [];
  const inBatch = new Set<string>();
  const held = (key: string): boolean => taken.has(key) || context.seen.has(key) || inBatch.has(key);
  for (const { line, plan } of planned) {
    const { email, login } = plan.identity;
    if (email !== null && held(emailKey(email))) {
      fail([rowError(line, 'EMAIL_TAKEN', 'email')]);
      continue;
    }
    if (login !== null && held(loginKey(login))) {
      fail([rowError(line, 'LOGIN_TAKEN', 'login')]);
      continue;
    }
    for (const key of identityKeys(plan)) inBatch.add(key);
    const requested = plan.input.groupIds ?? [];
    const groups = requested.length === 0 ? [] : await context.groups();
    ready.push({ line, plan, groupIds: assignGroups(context.actor, context.scope, groups, requested).groupIds });
  }
  errors.sort((a, b) => a.line - b.line);
  return { ready, errors, failedLines };
}

/** The batch's e-mails and logins some user of the tenant already has: one query. */
async function takenIdentities(users: UserStore, tenantId: string, planned: readonly { plan: NewUserPlan }[]): Promise<Set<string>> {
  const anyOf = planned.flatMap(({ plan: { identity } }) => [
    ...(identity.email === null ? [] : [{ email: identity.email }]),
    ...(identity.login === null ? [] : [{ login: identity.login }]),
  ]);
  if (anyOf.length === 0) return new Set();
  const page = await users.list({ tenantId, anyOf, offset: 0, limit: anyOf.length });
  return new Set(
    page.items.flatMap((user: User) => [...(user.email ? [emailKey(user.email)] : []), ...(user.login ? [loginKey(user.login)] : [])]),
  );
}
