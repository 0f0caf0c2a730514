import { isPermission, USER_STATUSES, type Tenant } from '../../domain';
import { validationError, type FieldIssue } from '../../errors';
import { isValidEmail } from '../../rules';
import type { CreateUserInput, UserFields } from '../user-service.types';

const MAX_TEXT = 255;
const THEMES: readonly unknown[] = ['light', 'dark', 'system'];
const SETTINGS_KEYS: readonly string[] = ['theme', 'notifications'];

/** A field rule: null when the value is fine, else what is wrong with it. */
type Check = (value: unknown) => string | null;

const rule =
  (test: (value: unknown) => boolean, message: string): Check =>
  (value) =>
    test(value) ? null : message;
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null ? null : check(value);
const isInteger = (value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): boolean =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
/** Lengths in characters (code points), as SQL varchar and the dialects count them: an emoji is one. */
const isText = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'string' && value.trim().length >= min && Array.from(value).length <= max;

const text = rule((v) => isText(v, 0, MAX_TEXT), `must be a string of at most ${MAX_TEXT} characters`);
const bool = rule((v) => typeof v === 'boolean', 'must be true or false');
const positiveInt = rule((v) => isInteger(v, 1), 'must be a positive integer');

const settings: Check = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object';
  const record = value as Record<string, unknown>;
  if (Object.keys(record).some((key) => !SETTINGS_KEYS.includes(key))) return 'has unknown keys';
  if (record['theme'] !== undefined && !THEMES.includes(record['theme'])) return 'theme must be light, dark or system';
  if (record['notifications'] !== undefined && typeof record['notifications'] !== 'boolean') {
    return 'notifications must be true or false';
  }
  return null;
};

const CHECKS: Readonly<Record<keyof CreateUserInput, Check | null>> = {
  email: nullable(rule((v) => typeof v === 'string' && isValidEmail(v.trim().toLowerCase()), 'must be a valid e-mail address')),
  login: nullable(rule((v) => isText(v, 1, MAX_TEXT), `must be 1 to ${MAX_TEXT} characters`)),
  firstName: text,
  lastName: text,
  password: rule((v) => typeof v === 'string' && v.length >= 1 && v.length <= 1024, 'must be 1 to 1024 characters'),
  role: rule((v) => typeof v === 'string' && v.length > 0, 'must be a role name'),
  permissions: rule((v) => Array.isArray(v) && v.every(isPermission), 'must be a list of known permissions'),
  status: rule((v) => USER_STATUSES.includes(v as never), `must be one of ${USER_STATUSES.join(', ')}`),
  organizationId: positiveInt,
  groupIds: rule((v) => Array.isArray(v) && v.every((id) => isInteger(id, 1)), 'must be a list of positive integers'),
  externalId: nullable(rule((v) => typeof v === 'number' && Number.isFinite(v), 'must be a number')),
  scimExternalId: nullable(rule((v) => isText(v, 1, MAX_TEXT), `must be 1 to ${MAX_TEXT} characters`)),
  source: text,
  phoneNumber: nullable(text),
  liveScanner: bool,
  subscribedToUpdates: bool,
  settings,
  backendAccess: bool,
  generatedPasswordLength: rule((v) => isInteger(v, 8, 256), 'must be an integer from 8 to 256'),
  loginEmail: null,
  loginFromEmail: null,
  // Checked against the tenant's schema by `checkProfileInput`.
  profile: null,
};

function fieldIssues(input: CreateUserInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [field, check] of Object.entries(CHECKS) as [keyof CreateUserInput, Check | null][]) {
    const value = input[field];
    const message = value === undefined || check === null ? null : check(value);
    if (message !== null) issues.push({ field, message });
  }
  return issues;
}

/** The field the tenant identifies users by must be present: on create, and never set to null. */
function identityIssues(input: UserFields, tenant: Tenant, mode: 'create' | 'update'): FieldIssue[] {
  const field = tenant.identifyBy;
  const value = input[field];
  const missing = mode === 'create' ? value === undefined || value === null : value === null;
  return missing ? [{ field, message: `is required: the tenant identifies users by ${field}` }] : [];
}

/** Throws VALIDATION_FAILED listing every field that is wrong. */
export function validateUserFields(input: CreateUserInput, tenant: Tenant, mode: 'create' | 'update'): void {
  const issues = [...identityIssues(input, tenant, mode), ...fieldIssues(input)];
  if (issues.length > 0) throw validationError(issues);
}
