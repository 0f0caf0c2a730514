import type { IdentifyBy, Tenant } from '../../domain';

/** What the operator may set on a tenant; absent fields keep their values (update) or defaults (create). */
export interface TenantFields {
  readonly name?: string;
  /** Normalised by the service; null clears it. */
  readonly accountUrl?: string | null;
  /** Normalised by the service; replaces the whole list. */
  readonly hosts?: readonly string[];
  /** null: no limit. */
  readonly seatLimit?: number | null;
  /** Writes to its users through the admin API need If-Match (428 without). */
  readonly requireIfMatch?: boolean;
  /** Days a soft-deleted user can be restored (1 to 3650; default 30). */
  readonly deletedUserRetentionDays?: number;
  /** Days its audit events are kept (1 to 3650); null: for ever (the default). */
  readonly auditRetentionDays?: number | null;
}

export interface CreateTenantInput extends TenantFields {
  readonly name: string;
  /** Default `email`. */
  readonly identifyBy?: IdentifyBy;
}

/** Tenant management for the host's operator (no tenant actor may call it). */
export interface TenantAdminApi {
  create(input: CreateTenantInput): Promise<Tenant>;
  list(): Promise<readonly Tenant[]>;
  /** TENANT_NOT_FOUND for an unknown id. */
  get(id: string): Promise<Tenant>;
  update(id: string, input: TenantFields): Promise<Tenant>;
  /** TENANT_NOT_EMPTY while it holds users; removes its organizations, groups and keys with it. */
  delete(id: string): Promise<void>;
}
