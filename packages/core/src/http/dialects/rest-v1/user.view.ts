import type { UserSettings, UserView } from '../../../domain';

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

/** GET one: adds `last_login` and `settings`. */
export const userDetailView = (user: UserView) => ({ ...base(user), last_login: lastLogin(user), settings: settings(user) });

/** PUT answer: adds `updated_at`. */
export const updatedUserView = (user: UserView) => ({ ...base(user), updated_at: wireTimestamp(user.updatedAt) });
