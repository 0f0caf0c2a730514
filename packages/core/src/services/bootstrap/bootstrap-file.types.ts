import type { IdentifyBy, Permission, ProfileField, UserStatus } from '../../domain';

/**
 * A bootstrap file (docs/bootstrap.md) after validation: every reference checked, defaults
 * filled in, e-mails normalised and account URLs in their stored form. `path` names each
 * entry in the file, for the messages of later checks.
 */
export interface BootstrapPlan {
  readonly tenants: readonly TenantPlan[];
}

export interface TenantPlan {
  readonly path: string;
  readonly name: string;
  readonly accountUrl: string | null;
  readonly identifyBy: IdentifyBy;
  readonly seatLimit: number | null;
  readonly defaultPermissions: readonly Permission[];
  /** As listed, parents before children; one implicit root (id 1) when the file lists none. */
  readonly organizations: readonly OrganizationPlan[];
  /** True when the file listed no organization and the root was made up. */
  readonly implicitRoot: boolean;
  readonly rootOrganizationId: number;
  readonly groups: readonly GroupPlan[];
  readonly apiKeys: readonly ApiKeyPlan[];
  readonly users: readonly UserPlan[];
  /** Normalised (`normalizeHostName`), without duplicates. */
  readonly hosts: readonly string[];
  /** Custom profile fields, as listed. */
  readonly profileFields: readonly ProfileField[];
}

export interface OrganizationPlan {
  readonly id: number;
  readonly name: string;
  readonly parentId: number | null;
}

export interface GroupPlan {
  readonly id: number;
  readonly name: string;
  readonly organizationId: number;
}

export interface ApiKeyPlan {
  readonly path: string;
  readonly name: string;
  readonly secret: string;
  readonly role: string;
  readonly permissions: readonly Permission[];
  readonly organizationId: number | null;
}

export interface UserPlan {
  readonly path: string;
  readonly email: string | null;
  readonly login: string | null;
  /** null: a random password is generated (the user sets one through the host's reset flow). */
  readonly password: string | null;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: string;
  readonly permissions: readonly Permission[];
  readonly status: UserStatus;
  readonly organizationId: number;
  readonly groupIds: readonly number[];
  readonly backendAccess: boolean;
}
