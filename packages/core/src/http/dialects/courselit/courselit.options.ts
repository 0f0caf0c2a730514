import type { DialectBaseOptions } from '../../dialect-plugin';

export interface CourselitDialectOptions extends DialectBaseOptions {
  /**
   * Where the tenant (CourseLit's school) comes from. `'domain'` (the default): the `domain`
   * request header, matched with the tenant's name; without that header, the `Host` header
   * matched with the host names tenants list (`hosts`). `'host'`: the `Host` header only, matched
   * with the tenants' `hosts`, else (port stripped) with the tenant's name exactly.
   */
  readonly tenantFrom?: 'domain' | 'host';
  /**
   * A POST for an e-mail that already exists in the tenant: `false` (the default, as the page
   * says) answers 400 `{"error":"The user already exists"}`; `true` answers 200 with the MD5, as
   * the real server has done since 2025, after applying the fields sent to that user (see README).
   */
  readonly upsert?: boolean;
}
