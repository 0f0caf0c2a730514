import type { DialectBaseOptions } from '../../dialect-plugin';

export const DEFAULT_SCIM_PREFIX = '/scim/v2';
/** The largest page a list answers (`count` above it is cut to it), as `filter.maxResults` says. */
export const DEFAULT_SCIM_MAX_RESULTS = 100;

export interface ScimDialectOptions extends DialectBaseOptions {
  /** Mount point (default `/scim/v2`); `meta.location` is written below it. */
  readonly prefix?: string;
  /** The largest page of a list (default 100; at least 1). */
  readonly maxResults?: number;
}
