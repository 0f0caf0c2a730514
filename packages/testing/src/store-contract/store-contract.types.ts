import type { RosterStores } from '@roster/core';

/**
 * The rows the contract reads back raw. Only these fields are compared, so a store maps its
 * own columns to them (snake_case to camelCase, timestamps to `Date`).
 */
export interface RawUserRecord {
  readonly id: number;
  readonly publicId: string;
  readonly email: string | null;
  readonly login: string | null;
  readonly firstName: string;
  readonly version: number;
  readonly lastLoginAt: Date | null;
  /** The stored profile values, by field name. */
  readonly profile: Readonly<Record<string, string>>;
}

export interface RawTenantRecord {
  readonly id: string;
  readonly name: string;
  /** The names of the stored custom profile fields, in order. */
  readonly profileFieldNames: readonly string[];
}

export interface RawOrganizationRecord {
  readonly id: number;
  readonly name: string;
}

export interface RawGroupRecord {
  readonly id: number;
  readonly name: string;
}

export interface RawApiKeyRecord {
  readonly id: string;
  readonly name: string;
  readonly secretHash: string;
  readonly lastUsedAt: Date | null;
  readonly expiresAt: Date | null;
}

/** Which users `RawReader.userCountWhere` counts. */
export interface RawUserFilter {
  readonly role?: string;
  readonly status?: string;
}

/**
 * Reads what was really persisted, bypassing the store's own read methods (memory: the internal
 * maps; SQL: a plain query on its own connection, outside any transaction of the store), so a
 * store cannot pass by merely agreeing with itself. Misses return `null`.
 */
export interface RawReader {
  user(tenantId: string, id: number): Promise<RawUserRecord | null>;
  /** Users stored in the tenant (rows, not the seat counter). */
  userCount(tenantId: string): Promise<number>;
  /** Users stored in the tenant with this role and status (each only when given), counted row by row. */
  userCountWhere(tenantId: string, filter: RawUserFilter): Promise<number>;
  /** The tenant's seat counter as persisted (what `allocateUser` / `releaseSeat` change). */
  seatCount(tenantId: string): Promise<number>;
  tenant(id: string): Promise<RawTenantRecord | null>;
  organization(tenantId: string, id: number): Promise<RawOrganizationRecord | null>;
  group(tenantId: string, id: number): Promise<RawGroupRecord | null>;
  apiKey(id: string): Promise<RawApiKeyRecord | null>;
  /** The host names persisted for a tenant, sorted (empty when none). */
  tenantHosts(tenantId: string): Promise<readonly string[]>;
  /** The ids and types of the audit events persisted for a tenant, by id (empty when none). */
  auditEvents(tenantId: string): Promise<readonly { readonly id: string; readonly type: string }[]>;
}

/** What `setup` gives each test: empty stores, a raw reader of the same data, and a cleanup. */
export interface StoreContractFixture {
  readonly stores: RosterStores;
  readonly raw: RawReader;
  /** Called after each test (close connections, drop the schema…). */
  teardown(): Promise<void>;
}

/** Called before every test; must return stores holding no data at all. */
export type StoreContractSetup = () => Promise<StoreContractFixture>;

/** How a contract file reaches the current test's fixture. */
export type FixtureAccess = () => StoreContractFixture;
