import type { RoleCatalog } from '../../domain';
import type { FieldIssue } from '../../errors';

/**
 * `role` must name a role of the catalog, exactly. Hand-written because the catalog is the
 * host's, known only at run time; it runs only when the DTO found `role` to be a string.
 */
export function roleIssues(catalog: RoleCatalog, role: unknown, issues: readonly FieldIssue[]): FieldIssue[] {
  if (typeof role !== 'string' || issues.some((issue) => issue.field === 'role')) return [];
  if (catalog.roles.some((definition) => definition.name === role)) return [];
  return [{ field: 'role', message: `must be one of: ${catalog.roles.map((definition) => definition.name).join(', ')}` }];
}
