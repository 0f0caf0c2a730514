import type { DialectBaseOptions } from '../../dialect-plugin';

export const DEFAULT_SCIM_PREFIX = '/scim/v2';
/** The largest page a list answers (`count` above it is cut to it), as `filter.maxResults` says. */
export const DEFAULT_SCIM_MAX_RESULTS = 100;
/** The most operations one POST /Bulk may hold (`bulk.maxOperations`). */
export const DEFAULT_SCIM_BULK_MAX_OPERATIONS = 100;
/** The largest POST /Bulk body, in bytes (`bulk.maxPayloadSize`): the adapters' body limit, 1 MiB. */
export const DEFAULT_SCIM_BULK_MAX_PAYLOAD_SIZE = 1024 * 1024;

export interface ScimDialectOptions extends DialectBaseOptions {
  /** Mount point (default `/scim/v2`); `meta.location` is written below it. */
  readonly prefix?: string;
  /** The largest page of a list (default 100; at least 1). */
  readonly maxResults?: number;
  /** POST /Bulk limits (defaults 100 operations, 1 MiB; at least 1 each; a body over the adapter's limit is refused before). */
  readonly bulk?: { readonly maxOperations?: number; readonly maxPayloadSize?: number };
}
