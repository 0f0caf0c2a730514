import type { Tenant, UserView } from '../../../domain';
import { scimVersion } from './scim-etag';
import { USER_SCHEMA } from './scim.responses';

/** The title attribute is the `job_title` profile field. */
export const TITLE_FIELD = 'job_title';

/** UTC with milliseconds, as RFC 7643 §2.3.5 dateTime allows. */
const timestamp = (date: Date): string => date.toISOString();

/** The SCIM `userName`: the login, or in a tenant that identifies users by e-mail the e-mail (README.md). */
export function userNameOf(user: UserView, tenant: Tenant): string {
  return (tenant.identifyBy === 'email' ? user.email : (user.login ?? user.email)) ?? '';
}

/** A Roster user as an RFC 7643 §4.1 User resource (no password, ever). */
export function scimUserView(user: UserView, tenant: Tenant, base: string): Record<string, unknown> {
  const title = user.profile[TITLE_FIELD];
  return {
    schemas: [USER_SCHEMA],
    id: user.publicId,
    ...(user.scimExternalId === undefined || user.scimExternalId === null ? {} : { externalId: user.scimExternalId }),
    userName: userNameOf(user, tenant),
    name: { formatted: user.name, givenName: user.firstName, familyName: user.lastName },
    displayName: user.name,
    ...(user.email === null ? {} : { emails: [{ value: user.email, type: 'work', primary: true }] }),
    ...(user.phoneNumber === null ? {} : { phoneNumbers: [{ value: user.phoneNumber, type: 'work' }] }),
    ...(title === undefined ? {} : { title }),
    // Deactivated (`inactive`) is `active: false`; a pending user may sign in once set up, so it is active.
    active: user.status !== 'inactive',
    meta: {
      resourceType: 'User',
      created: timestamp(user.createdAt),
      lastModified: timestamp(user.updatedAt),
      location: `${base}/Users/${user.publicId}`,
      version: scimVersion(user.version),
    },
  };
}

/** Attributes every answer keeps, whatever `attributes`/`excludedAttributes` say (RFC 7643 §7 `returned: always`). */
const ALWAYS = new Set(['schemas', 'id', 'meta']);

function splitList(value: string | undefined): string[] {
  if (value === undefined) return [];
  return value
    .split(',')
    .map((part) =>
      part
        .trim()
        .toLowerCase()
        .replace(/^urn:ietf:params:scim:schemas:core:2\.0:user:/, ''),
    )
    .filter((part) => part !== '');
}

/**
 * RFC 7644 §3.4.2.5: `attributes` keeps only the named attributes (and sub-attributes,
 * `name.givenName`), `excludedAttributes` drops them; names are case-insensitive.
 */
export function projected(resource: Record<string, unknown>, attributes?: string, excluded?: string): Record<string, unknown> {
  const wanted = splitList(attributes);
  const dropped = splitList(excluded);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(resource)) {
    const lower = key.toLowerCase();
    if (ALWAYS.has(lower)) {
      out[key] = value;
      continue;
    }
    if (wanted.length > 0) {
      if (wanted.includes(lower)) out[key] = value;
      else {
        const subs = wanted.filter((w) => w.startsWith(`${lower}.`)).map((w) => w.slice(lower.length + 1));
        if (subs.length > 0 && typeof value === 'object' && value !== null && !Array.isArray(value)) {
          out[key] = Object.fromEntries(Object.entries(value).filter(([sub]) => subs.includes(sub.toLowerCase())));
        } else if (subs.length > 0 && Array.isArray(value)) {
          out[key] = value.map((item: Record<string, unknown>) =>
            Object.fromEntries(Object.entries(item).filter(([sub]) => subs.includes(sub.toLowerCase()))),
          );
        }
      }
      continue;
    }
    if (!dropped.includes(lower)) out[key] = value;
  }
  return out;
}
