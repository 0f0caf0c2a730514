import { profileValuesOf, type SchemaField, type UserSettings, type UserView } from '../../../domain';

/** UTC, second precision, `Z`: `2023-06-21T09:15:30Z`. */
export function wireTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The fields every representation starts with, in the document's order. */
function base(user: UserView) {
  return {
    id: user.publicId,
    email: user.email,
    name: user.name,
    role: user.role,
    status: user.status,
    created_at: wireTimestamp(user.createdAt),
  };
}

const lastLogin = (user: UserView): string | null => (user.lastLoginAt === null ? null : wireTimestamp(user.lastLoginAt));
const settings = (user: UserView): UserSettings => ({ theme: user.settings.theme, notifications: user.settings.notifications });

/** POST answer: `id, email, name, role, status, created_at`. */
export const createdUserView = (user: UserView) => base(user);

/** List item: adds `last_login`, no `settings`. */
export const listedUserView = (user: UserView) => ({ ...base(user), last_login: lastLogin(user) });

/**
 * The profile values besides e-mail and name (`phone`, `job_title`, `city`, `state`,
 * `country_id`, `birthdate`, custom fields), by field name in schema order; only those with a value.
 */
function profile(user: UserView, schema: readonly SchemaField[]): Record<string, string> {
  const values = profileValuesOf(user, schema).filter(([field]) => field.storage === 'profile' || field.storage === 'phoneNumber');
  return Object.fromEntries(values.map(([field, value]) => [field.name, value]));
}

/** GET one: adds `last_login`, `settings` and `profile` (README.md). */
export const userDetailView = (user: UserView, schema: readonly SchemaField[]) => ({
  ...base(user),
  last_login: lastLogin(user),
  settings: settings(user),
  profile: profile(user, schema),
});

/** PUT answer: adds `updated_at`. */
export const updatedUserView = (user: UserView) => ({ ...base(user), updated_at: wireTimestamp(user.updatedAt) });
