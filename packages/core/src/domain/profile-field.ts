import type { IdentifyBy, Tenant } from './tenant';
import type { User } from './user';

/** How a profile value is checked (rules/profile-value.rules.ts). */
export type ProfileFieldType = 'string' | 'phone' | 'country' | 'birthdate' | 'list';
export const PROFILE_FIELD_TYPES: readonly ProfileFieldType[] = ['string', 'phone', 'country', 'birthdate', 'list'];

/** A custom profile field a tenant declares (bootstrap `profileFields`). Names are case-sensitive. */
export interface ProfileField {
  readonly name: string;
  readonly label: string;
  readonly type: ProfileFieldType;
  /** A required field can never be emptied. */
  readonly required: boolean;
  /** No two users of the tenant hold the same value (case-insensitive); the store enforces it. */
  readonly unique: boolean;
  /** The allowed values of a `list` field (empty for the other types). */
  readonly values: readonly string[];
}

/** Where a field's value lives on the `User`: its own column, or `User.profile`. */
export type ProfileFieldStorage = 'login' | 'email' | 'firstName' | 'lastName' | 'phoneNumber' | 'profile';

/** A field of a tenant's schema: a standard one or one of the tenant's custom ones. */
export interface SchemaField extends ProfileField {
  readonly standard: boolean;
  readonly storage: ProfileFieldStorage;
}

const standard = (name: string, label: string, type: ProfileFieldType, storage: ProfileFieldStorage = 'profile'): SchemaField => ({
  name,
  label,
  type,
  required: false,
  unique: false,
  values: [],
  standard: true,
  storage,
});

/**
 * The standard fields of every tenant, in schema order (the order of iSpring's own `<fields>`:
 * login, first_name, last_name, email, then the rest).
 */
export const STANDARD_PROFILE_FIELDS: readonly SchemaField[] = [
  standard('login', 'Login', 'string', 'login'),
  standard('first_name', 'First name', 'string', 'firstName'),
  standard('last_name', 'Last name', 'string', 'lastName'),
  standard('email', 'Email', 'string', 'email'),
  standard('job_title', 'Job title', 'string'),
  standard('phone', 'Phone', 'phone', 'phoneNumber'),
  standard('city', 'City', 'string'),
  standard('state', 'State', 'string'),
  standard('country_id', 'Country', 'country'),
  standard('birthdate', 'Birthdate', 'birthdate'),
];

export const STANDARD_PROFILE_FIELD_NAMES: ReadonlySet<string> = new Set(STANDARD_PROFILE_FIELDS.map((f) => f.name));

function identifying(field: SchemaField, identifyBy: IdentifyBy): SchemaField {
  return field.name === identifyBy ? { ...field, required: true, unique: true } : field;
}

/** A tenant's whole schema: the standard fields, then its custom ones as declared. */
export function profileSchemaOf(tenant: Pick<Tenant, 'identifyBy' | 'profileFields'>): readonly SchemaField[] {
  const standards = STANDARD_PROFILE_FIELDS.map((field) =>
    field.name === 'login' || field.name === 'email' ? identifying({ ...field, unique: true }, tenant.identifyBy) : field,
  );
  const custom = tenant.profileFields.map((field): SchemaField => ({ ...field, standard: false, storage: 'profile' }));
  return [...standards, ...custom];
}

/** The names of a tenant's custom fields that are unique (what the store indexes). */
export function uniqueProfileFieldNames(tenant: Pick<Tenant, 'profileFields'>): readonly string[] {
  return tenant.profileFields.filter((field) => field.unique).map((field) => field.name);
}

/** The profile values of `user` that have a value, as (field, value) pairs in schema order. */
export function profileValuesOf(
  user: Pick<User, 'login' | 'email' | 'firstName' | 'lastName' | 'phoneNumber' | 'profile'>,
  schema: readonly SchemaField[],
): readonly (readonly [SchemaField, string])[] {
  const values: (readonly [SchemaField, string])[] = [];
  for (const field of schema) {
    const value =
      field.storage === 'profile' ? (Object.hasOwn(user.profile, field.name) ? user.profile[field.name] : undefined) : user[field.storage];
    if (value !== undefined && value !== null && value !== '') values.push([field, value]);
  }
  return values;
}
