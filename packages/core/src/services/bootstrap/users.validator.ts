import { normalizeEmail, splitName, USER_STATUSES, type IdentifyBy, type RoleCatalog } from '../../domain';
import { findRole, isValidEmail, lowestRole } from '../../rules';
import type { UserPlan } from './bootstrap-file.types';
import {
  entryAt,
  invalid,
  listOf,
  optionalBoolean,
  optionalInteger,
  optionalOneOf,
  optionalString,
  pathOf,
  permissionList,
  type Entry,
} from './bootstrap-reader';

const USER_FIELDS = [
  'email',
  'login',
  'password',
  'name',
  'firstName',
  'lastName',
  'role',
  'permissions',
  'status',
  'organizationId',
  'groupIds',
  'backendAccess',
];

export interface UserContext {
  readonly catalog: RoleCatalog;
  readonly identifyBy: IdentifyBy;
  readonly rootOrganizationId: number;
  readonly organizationIds: ReadonlySet<number>;
  readonly groupIds: ReadonlySet<number>;
}

/** The tenant's users: valid, unique (case-insensitively) e-mails and logins, known roles and references. */
export function validateUsers(tenant: Entry, context: UserContext): readonly UserPlan[] {
  const emails = new Set<string>();
  const logins = new Set<string>();
  return listOf(tenant, 'users').map(({ value, path }) => {
    const entry = entryAt(value, path, USER_FIELDS);
    const user = readUser(entry, context);
    claim(emails, user.email, pathOf(entry, 'email'), 'e-mail');
    claim(logins, user.login?.toLowerCase() ?? null, pathOf(entry, 'login'), 'login');
    return user;
  });
}

function readUser(entry: Entry, context: UserContext): UserPlan {
  const rawEmail = optionalString(entry, 'email', { max: 254 });
  const email = rawEmail === undefined ? null : normalizeEmail(rawEmail);
  if (email !== null && !isValidEmail(email)) throw invalid(pathOf(entry, 'email'), 'not a valid e-mail address');
  const login = optionalString(entry, 'login')?.trim() ?? null;
  if ((context.identifyBy === 'email' ? email : login) === null) {
    const field = context.identifyBy;
    throw invalid(pathOf(entry, field), `is required: the tenant identifies users by ${field}`);
  }
  const role = optionalString(entry, 'role') ?? lowestRole(context.catalog).name;
  if (findRole(context.catalog, role) === null) throw invalid(pathOf(entry, 'role'), `unknown role "${role}"`);
  const organizationId = optionalInteger(entry, 'organizationId', 1) ?? context.rootOrganizationId;
  if (!context.organizationIds.has(organizationId)) {
    throw invalid(pathOf(entry, 'organizationId'), `unknown organization ${organizationId}`);
  }
  return {
    path: entry.path,
    email,
    login,
    password: optionalString(entry, 'password', { max: 1024 }) ?? null,
    ...names(entry),
    role,
    permissions: permissionList(entry, 'permissions'),
    status: optionalOneOf(entry, 'status', USER_STATUSES) ?? 'active',
    organizationId,
    groupIds: groupIds(entry, context.groupIds),
    backendAccess: optionalBoolean(entry, 'backendAccess') ?? false,
  };
}

function names(entry: Entry): { firstName: string; lastName: string } {
  const name = optionalString(entry, 'name', { min: 0 });
  const firstName = optionalString(entry, 'firstName', { min: 0 });
  const lastName = optionalString(entry, 'lastName', { min: 0 });
  if (name !== undefined && (firstName !== undefined || lastName !== undefined)) {
    throw invalid(pathOf(entry, 'name'), 'give either name or firstName and lastName');
  }
  if (name !== undefined) return splitName(name);
  return { firstName: firstName?.trim() ?? '', lastName: lastName?.trim() ?? '' };
}

function groupIds(entry: Entry, known: ReadonlySet<number>): readonly number[] {
  return [
    ...new Set(
      listOf(entry, 'groupIds').map(({ value, path }) => {
        if (!Number.isSafeInteger(value) || !known.has(value as number)) {
          throw invalid(path, `unknown group ${String(value)}`);
        }
        return value as number;
      }),
    ),
  ];
}

function claim(taken: Set<string>, value: string | null, path: string, what: string): void {
  if (value === null) return;
  if (taken.has(value)) throw invalid(path, `duplicate ${what} "${value}"`);
  taken.add(value);
}
