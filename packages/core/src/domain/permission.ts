/** The 11 permissions the CourseLit page lists (the courselit dialect accepts exactly these). */
export const COURSELIT_PAGE_PERMISSIONS = [
  'course:manage',
  'course:manage_any',
  'course:publish',
  'course:enroll',
  'media:manage',
  'site:manage',
  'setting:manage',
  'user:manage',
  'community:post',
  'community:comment',
  'community:manage',
] as const;

/**
 * The permission catalog: the 11 permissions of the CourseLit page plus `user:read` and
 * `scim:provision` (a key for an identity provider's SCIM provisioning; implies `user:manage`)
 * (docs/bootstrap.md). Permissions are `'resource:action'` literals.
 */
export const PERMISSIONS = [...COURSELIT_PAGE_PERMISSIONS, 'user:read', 'scim:provision'] as const;

export type Permission = (typeof PERMISSIONS)[number];

const known: ReadonlySet<string> = new Set(PERMISSIONS);

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && known.has(value);
}
