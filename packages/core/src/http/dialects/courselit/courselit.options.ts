import type { DialectBaseOptions } from '../../dialect-plugin';

export interface CourselitDialectOptions extends DialectBaseOptions {
  /**
   * Where the tenant (CourseLit's school) name comes from: the `domain` request header (the
   * default, as CourseLit's own proxy sets it) or the `Host` header without its port.
   */
  readonly tenantFrom?: 'domain' | 'host';
}
