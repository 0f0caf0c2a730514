import type { RoleCatalog, UserView } from '../../../domain';
import { lowestRole } from '../../../rules';

/** GET /api/users/{user_id}: the bare user object, keys in the spec's order. Never a password or hash. */
export interface ObjectiveUser {
  readonly id: number;
  readonly email: string | null;
  readonly first_name: string;
  readonly last_name: string;
  readonly external_id: number | null;
  readonly source: string;
  readonly phone_number: string | null;
  readonly live_scanner: boolean;
  readonly role: string;
  readonly created_at: string;
  readonly updated_at: string;
}

/** The dialect's name for a role: `Member` for the tenant's lowest, the catalog name otherwise. */
export function objectiveRoleName(role: string, catalog: RoleCatalog): string {
  return role === lowestRole(catalog).name ? 'Member' : role;
}

/** Laravel's date serialization: UTC ISO 8601 with microseconds (`2023-06-21T09:15:30.123000Z`). */
export function laravelTimestamp(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function objectiveUser(user: UserView, catalog: RoleCatalog): ObjectiveUser {
  return {
    id: user.id,
    email: user.email,
    first_name: user.firstName,
    last_name: user.lastName,
    external_id: user.externalId,
    source: user.source,
    phone_number: user.phoneNumber,
    live_scanner: user.liveScanner,
    role: objectiveRoleName(user.role, catalog),
    created_at: laravelTimestamp(user.createdAt),
    updated_at: laravelTimestamp(user.updatedAt),
  };
}
