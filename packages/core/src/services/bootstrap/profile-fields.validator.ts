import { PROFILE_FIELD_TYPES, STANDARD_PROFILE_FIELD_NAMES, type ProfileField } from '../../domain';
import { profileValueOf } from '../../rules';
import { entryAt, invalid, listOf, optionalBoolean, optionalOneOf, pathOf, requiredString, type Entry } from './bootstrap-reader';

/** A custom field name: a letter, then letters, digits and `_` (iSpring's `USER_FIELD_xPH1D`, `EMP_CODE`). */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
/** Names the `<fields>` document already gives a meaning. */
const RESERVED = new Set(['password']);

function listValues(entry: Entry): readonly string[] {
  const values = listOf(entry, 'values').map(({ value, path }) => {
    if (typeof value !== 'string' || value.trim() === '' || value.trim() !== value) {
      throw invalid(path, 'must be a non-empty string without surrounding spaces');
    }
    if (profileValueOf({ type: 'string', values: [] }, value) === null) throw invalid(path, 'is not a valid value');
    return value;
  });
  if (new Set(values).size !== values.length) throw invalid(pathOf(entry, 'values'), 'lists a value twice');
  return values;
}

function validateField(value: unknown, path: string): ProfileField {
  const entry = entryAt(value, path, ['name', 'label', 'type', 'required', 'unique', 'values']);
  const name = requiredString(entry, 'name', { max: 64 });
  if (!FIELD_NAME.test(name)) throw invalid(pathOf(entry, 'name'), 'must be a letter, then letters, digits or _');
  if (STANDARD_PROFILE_FIELD_NAMES.has(name) || RESERVED.has(name)) {
    throw invalid(pathOf(entry, 'name'), `"${name}" is a standard field`);
  }
  const label = requiredString(entry, 'label');
  const type = optionalOneOf(entry, 'type', PROFILE_FIELD_TYPES);
  if (type === undefined) throw invalid(pathOf(entry, 'type'), 'is required');
  const values = listValues(entry);
  if (type === 'list' && values.length === 0) throw invalid(pathOf(entry, 'values'), 'a list field needs values');
  if (type !== 'list' && entry.fields['values'] !== undefined) {
    throw invalid(pathOf(entry, 'values'), 'only list fields have values');
  }
  const required = optionalBoolean(entry, 'required') ?? false;
  const unique = optionalBoolean(entry, 'unique') ?? false;
  return { name, label, type, required, unique, values };
}

/** A tenant's custom `profileFields`: each name once (case-sensitive), none a standard name. */
export function validateProfileFields(tenant: Entry): readonly ProfileField[] {
  const seen = new Map<string, string>();
  return listOf(tenant, 'profileFields').map(({ value, path }) => {
    const field = validateField(value, path);
    const earlier = seen.get(field.name);
    if (earlier !== undefined) throw invalid(`${path}.name`, `duplicate field "${field.name}" (also at ${earlier})`);
    seen.set(field.name, `${path}.name`);
    return field;
  });
}
