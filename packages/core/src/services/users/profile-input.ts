import { profileSchemaOf, type SchemaField, type Tenant, type User } from '../../domain';
import { validationError, type FieldIssue } from '../../errors';
import { profileValueOf } from '../../rules';

/** Fields with an input of their own (`login`, `email`, `firstName`, `lastName`): not sent as profile values. */
const OWN_INPUTS: ReadonlySet<string> = new Set(['login', 'email', 'firstName', 'lastName']);

/** Profile values after their checks: `profile` changes (null clears) and the `phone` column. */
export interface ProfileChanges {
  readonly profile: Readonly<Record<string, string | null>>;
  readonly phoneNumber?: string | null;
}

function schemaFieldsByName(tenant: Tenant): ReadonlyMap<string, SchemaField> {
  return new Map(profileSchemaOf(tenant).map((field) => [field.name, field]));
}

/**
 * Checks profile values sent by field name (`phone`, `job_title`, a custom `EMP_CODE`…): the name
 * must be a field of the tenant's schema held in `User.profile` or the phone column; a value is
 * trimmed, an empty one clears the field (refused for a required field), any other must pass the
 * field's type. Throws VALIDATION_FAILED listing every bad field; returns the stored forms.
 */
export function checkProfileInput(input: Readonly<Record<string, string | null>> | undefined, tenant: Tenant): ProfileChanges {
  if (input === undefined) return { profile: {} };
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- input is request JSON under this type; this check is its validation
  if (typeof input !== 'object' || input === null) throw validationError([{ field: 'profile', message: 'must be an object' }]);
  const fields = schemaFieldsByName(tenant);
  const issues: FieldIssue[] = [];
  const profile: Record<string, string | null> = Object.create(null) as Record<string, string | null>;
  let phoneNumber: string | null | undefined;
  for (const [name, sent] of Object.entries(input)) {
    const field = fields.get(name);
    if (field === undefined || OWN_INPUTS.has(field.storage)) {
      issues.push({ field: `profile.${name}`, message: 'is not a profile field of the tenant' });
      continue;
    }
    const value = stored(field, sent);
    if (value === undefined) {
      issues.push({ field: `profile.${name}`, message: `is not a valid ${field.type}` });
      continue;
    }
    if (value === null && field.required) {
      issues.push({ field: `profile.${name}`, message: 'is required' });
      continue;
    }
    if (field.storage === 'phoneNumber') phoneNumber = value;
    else profile[name] = value;
  }
  if (issues.length > 0) throw validationError(issues);
  return phoneNumber === undefined ? { profile: { ...profile } } : { profile: { ...profile }, phoneNumber };
}

/** null: cleared; undefined: breaks the type. */
function stored(field: SchemaField, sent: unknown): string | null | undefined {
  if (sent === null) return null;
  if (typeof sent !== 'string') return undefined;
  const trimmed = sent.trim();
  if (trimmed === '') return null;
  return profileValueOf(field, trimmed) ?? undefined;
}

/** `current` with `changes` applied: a null change removes the value. */
export function appliedProfile(current: User['profile'], changes: ProfileChanges['profile']): Readonly<Record<string, string>> {
  const next: Record<string, string> = { ...current };
  for (const [name, value] of Object.entries(changes)) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- next is a plain record of profile values keyed by field name
    if (value === null) delete next[name];
    else next[name] = value;
  }
  return next;
}
