import { isPermission, type Permission } from '../../domain';
import { RosterError } from '../../errors';

/** BOOTSTRAP_INVALID naming the offending path: `tenants[0].users[2].role: unknown role "boss"`. */
export function invalid(path: string, problem: string): RosterError {
  return new RosterError('BOOTSTRAP_INVALID', path === '' ? problem : `${path}: ${problem}`, { path });
}

/** A JSON object of the file, with the path it sits at. */
export interface Entry {
  readonly path: string;
  readonly fields: Readonly<Record<string, unknown>>;
}

export function pathOf(entry: Entry, key: string): string {
  return entry.path === '' ? key : `${entry.path}.${key}`;
}

/** The object at `path`, refusing fields not in `allowed` (a typo would otherwise be ignored). */
export function entryAt(value: unknown, path: string, allowed: readonly string[]): Entry {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(path, 'must be an object');
  const entry: Entry = { path, fields: value as Record<string, unknown> };
  const unknown = Object.keys(entry.fields).find((key) => !allowed.includes(key));
  if (unknown !== undefined) throw invalid(pathOf(entry, unknown), 'unknown field');
  return entry;
}

/** The entries of an optional array field (none when absent). */
export function listOf(entry: Entry, key: string): readonly { readonly value: unknown; readonly path: string }[] {
  const value = entry.fields[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(pathOf(entry, key), 'must be an array');
  return (value as unknown[]).map((item, index) => ({ value: item, path: `${pathOf(entry, key)}[${index}]` }));
}

export interface Limits {
  readonly min?: number;
  readonly max?: number;
}

export function optionalString(entry: Entry, key: string, limits: Limits = {}): string | undefined {
  const value = entry.fields[key];
  if (value === undefined) return undefined;
  const { min = 1, max = 255 } = limits;
  if (typeof value !== 'string' || value.trim().length < min || value.length > max) {
    throw invalid(pathOf(entry, key), `must be a string of ${min} to ${max} characters`);
  }
  return value;
}

export function requiredString(entry: Entry, key: string, limits?: Limits): string {
  const value = optionalString(entry, key, limits);
  if (value === undefined) throw invalid(pathOf(entry, key), 'is required');
  return value;
}

/** An optional integer of at least `min` (null counts as absent). */
export function optionalInteger(entry: Entry, key: string, min: number): number | undefined {
  const value = entry.fields[key];
  if (value === undefined || value === null) return undefined;
  if (!Number.isSafeInteger(value) || (value as number) < min) {
    throw invalid(pathOf(entry, key), `must be an integer of at least ${min}`);
  }
  return value as number;
}

export function optionalBoolean(entry: Entry, key: string): boolean | undefined {
  const value = entry.fields[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw invalid(pathOf(entry, key), 'must be true or false');
  return value;
}

export function optionalOneOf<T extends string>(entry: Entry, key: string, options: readonly T[]): T | undefined {
  const value = entry.fields[key];
  if (value === undefined) return undefined;
  if (!options.includes(value as T)) throw invalid(pathOf(entry, key), `must be one of ${options.join(', ')}`);
  return value as T;
}

export function permissionList(entry: Entry, key: string): readonly Permission[] {
  const items = listOf(entry, key);
  for (const item of items) {
    if (!isPermission(item.value)) throw invalid(item.path, `unknown permission ${JSON.stringify(item.value)}`);
  }
  return [...new Set(items.map((item) => item.value as Permission))];
}
