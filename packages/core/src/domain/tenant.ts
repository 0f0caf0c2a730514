import type { Permission } from './permission';
import type { ProfileField } from './profile-field';

export type IdentifyBy = 'email' | 'login';

export interface Tenant {
  /** Internal, stable id (opaque string). */
  readonly id: string;
  /** Unique name; the courselit `domain` header. */
  readonly name: string;
  /** Normalised account URL (see `normalizeAccountUrl`); the ispring `X-Auth-Account-Url`. */
  readonly accountUrl: string | null;
  readonly identifyBy: IdentifyBy;
  /** Maximum number of users, or null for no limit. */
  readonly seatLimit: number | null;
  /** Permissions every new user gets. */
  readonly defaultPermissions: readonly Permission[];
  /** The organization users join when none is given. */
  readonly rootOrganizationId: number;
  /**
   * Host names (normalised, see `normalizeHostName`) that select this tenant in the courselit
   * dialect when no `domain` header is sent; unique across tenants.
   */
  readonly hosts: readonly string[];
  /** Custom user profile fields, on top of the standard ones (`profileSchemaOf`). */
  readonly profileFields: readonly ProfileField[];
  /** Writes to its users through the admin API must send `If-Match` (428 without); absent: not required. */
  readonly requireIfMatch?: boolean;
  /** Days a soft-deleted user can be restored before it is purged; absent: 30 (`retentionDaysOf`). */
  readonly deletedUserRetentionDays?: number;
  /** Days its audit events are kept before the purge job removes them; absent: for ever (`auditRetentionDaysOf`). */
  readonly auditRetentionDays?: number;
}

export interface Organization {
  readonly tenantId: string;
  readonly id: number;
  readonly name: string;
  readonly parentId: number | null;
}

export interface Group {
  readonly tenantId: string;
  readonly id: number;
  readonly name: string;
  readonly organizationId: number;
  /**
   * 1 when created, one more on every write of the group: a rename, and every membership a user
   * write adds or removes (the SCIM `meta.version` and `ETag`).
   */
  readonly version: number;
  /** The identity provider's id of the group (SCIM `externalId`), as sent (not unique); null: none. */
  readonly externalId: string | null;
  /** When the group was created (SCIM `meta.created`). */
  readonly createdAt: Date;
  /** When its version last moved on: a rename, a new externalId, a membership added or removed (SCIM `meta.lastModified`). */
  readonly updatedAt: Date;
}
