import type { ProfileField } from '../domain';

/** Longest profile value, in characters (code points), as the other text fields. */
export const MAX_PROFILE_VALUE_LENGTH = 255;
/** Longest phone number (the `phone_number` column holds 64). */
export const MAX_PHONE_LENGTH = 64;

const PHONE = /^[0-9 +\-().]+$/;
const COUNTRY_ID = /^[0-9]{1,6}$/;
const BIRTHDATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
/** C0 and C1 control characters and DEL: no profile value carries them. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function isRealDate(value: string): boolean {
  const match = BIRTHDATE.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The stored form of `value` (already trimmed, not empty) for `field`, or null when the value
 * breaks the field's type: string any text of at most 255 characters; phone digits, spaces and
 * `+ - ( ) .` with at least one digit, at most 64; country a positive integer id (stored without
 * leading zeros); birthdate a real calendar date `YYYY-MM-DD`; list one of the declared values.
 */
export function profileValueOf(field: Pick<ProfileField, 'type' | 'values'>, value: string): string | null {
  if (Array.from(value).length > MAX_PROFILE_VALUE_LENGTH || CONTROL.test(value)) return null;
  switch (field.type) {
    case 'string':
      return value;
    case 'phone':
      return PHONE.test(value) && /[0-9]/.test(value) && value.length <= MAX_PHONE_LENGTH ? value : null;
    case 'country':
      return COUNTRY_ID.test(value) && Number(value) > 0 ? String(Number(value)) : null;
    case 'birthdate':
      return isRealDate(value) ? value : null;
    case 'list':
      return field.values.includes(value) ? value : null;
  }
}

/** The key a unique value is compared by: case-insensitive, like logins and e-mails. */
export function profileValueKey(value: string): string {
  return value.toLowerCase();
}

/** One value of a unique custom field, with the key it is compared by. */
export interface UniqueProfileValue {
  readonly field: string;
  readonly value: string;
  readonly key: string;
}

/** The values of `profile` that must be unique in the tenant (its unique custom fields), in schema order. */
export function uniqueProfileValues(
  profile: Readonly<Record<string, string>>,
  profileFields: readonly Pick<ProfileField, 'name' | 'unique'>[],
): readonly UniqueProfileValue[] {
  return profileFields.flatMap((field) => {
    const value = field.unique && Object.hasOwn(profile, field.name) ? profile[field.name] : undefined;
    return value === undefined ? [] : [{ field: field.name, value, key: profileValueKey(value) }];
  });
}
