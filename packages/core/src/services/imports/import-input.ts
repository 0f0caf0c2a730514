import type { Permission } from '../../domain/permission';
import type { UserStatus } from '../../domain/user';
import type { CreateUserInput } from '../user-service.types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A row turned into what roster.users.create takes, or the first problem of the row. */
export type ImportInput = { readonly input: CreateUserInput } | { readonly problem: string };

class RowProblem extends Error {}

/** CSV cells are strings (empty: absent); NDJSON fields have their JSON types. */
function reader(fields: Readonly<Record<string, unknown>>, csv: boolean) {
  const raw = (name: string): unknown => {
    const value = fields[name];
    return csv && value === '' ? undefined : value;
  };
  return {
    text(name: string): string | null | undefined {
      const value = raw(name);
      if (value === undefined || value === null) return value;
      if (typeof value !== 'string') throw new RowProblem(`${name} must be a string`);
      return value;
    },
    integer(name: string): number | null | undefined {
      const value = raw(name);
      if (value === undefined || value === null) return value;
      const parsed = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
      if (typeof parsed !== 'number' || !Number.isSafeInteger(parsed)) throw new RowProblem(`${name} must be an integer`);
      return parsed;
    },
    flag(name: string): boolean | undefined {
      const value = raw(name);
      if (value === undefined || value === null) return undefined;
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      throw new RowProblem(`${name} must be true or false`);
    },
    list(name: string): readonly string[] | undefined {
      const value = raw(name);
      if (value === undefined || value === null) return undefined;
      if (typeof value === 'string') return value.split(/\s+/).filter((item) => item !== '');
      if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.map(String);
      throw new RowProblem(`${name} must be a list`);
    },
    object(name: string): Readonly<Record<string, unknown>> | undefined {
      let value = raw(name);
      if (value === undefined || value === null) return undefined;
      if (typeof value === 'string') {
        try {
          value = JSON.parse(value);
        } catch {
          throw new RowProblem(`${name} must be a JSON object`);
        }
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RowProblem(`${name} must be an object`);
      return value as Record<string, unknown>;
    },
  };
}

/**
 * The user a row describes, in the fields `roster user export` writes (plus an optional
 * plain-text `password`). Ids, public ids and dates are ignored: the tenant gives new ones.
 * The core validates the values themselves when the user is created.
 */
export function importInput(fields: Readonly<Record<string, unknown>>, csv: boolean): ImportInput {
  const read = reader(fields, csv);
  try {
    const input: Mutable<CreateUserInput> = { source: 'import', loginEmail: false };
    const email = read.text('email');
    const login = read.text('login');
    if (!email && !login) throw new RowProblem('needs an email or a login');
    if (email !== undefined) input.email = email;
    if (login !== undefined) input.login = login;
    for (const name of ['firstName', 'lastName', 'password', 'role', 'source'] as const) {
      const value = read.text(name);
      if (value !== undefined && value !== null) input[name] = value;
    }
    const status = read.text('status');
    if (status !== undefined && status !== null) input.status = status as UserStatus;
    const phoneNumber = read.text('phoneNumber');
    if (phoneNumber !== undefined) input.phoneNumber = phoneNumber;
    const organizationId = read.integer('organizationId');
    if (organizationId !== undefined && organizationId !== null) input.organizationId = organizationId;
    const externalId = read.integer('externalId');
    if (externalId !== undefined) input.externalId = externalId;
    const permissions = read.list('permissions');
    if (permissions !== undefined) input.permissions = permissions as Permission[];
    const groupIds = read.list('groupIds');
    if (groupIds !== undefined) {
      if (!groupIds.every((id) => /^\d+$/.test(id))) throw new RowProblem('groupIds must be integers');
      input.groupIds = groupIds.map(Number);
    }
    for (const name of ['liveScanner', 'subscribedToUpdates', 'backendAccess'] as const) {
      const value = read.flag(name);
      if (value !== undefined) input[name] = value;
    }
    const settings = csv ? { theme: read.text('theme') ?? undefined, notifications: read.flag('notifications') } : read.object('settings');
    if (settings !== undefined) {
      const { theme, notifications } = settings;
      input.settings = {
        ...(theme !== undefined ? { theme: theme as 'light' } : {}),
        ...(notifications !== undefined ? { notifications: notifications as boolean } : {}),
      };
    }
    const profile = read.object('profile');
    if (profile !== undefined) {
      if (!Object.values(profile).every((value) => typeof value === 'string' || value === null)) {
        throw new RowProblem('profile values must be strings');
      }
      input.profile = profile as Record<string, string | null>;
    }
    return { input };
  } catch (error) {
    if (error instanceof RowProblem) return { problem: error.message };
    throw error;
  }
}
