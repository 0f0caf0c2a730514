import type { RoleCatalog } from '../../domain';
import { findRole } from '../../rules';
import type { ApiKeyPlan } from './bootstrap-file.types';
import { entryAt, invalid, listOf, optionalInteger, pathOf, permissionList, requiredString, type Entry } from './bootstrap-reader';

/** Secrets shorter than this are refused: they could be guessed. */
export const MIN_API_KEY_LENGTH = 16;

export function validateApiKeys(tenant: Entry, catalog: RoleCatalog, organizationIds: ReadonlySet<number>): readonly ApiKeyPlan[] {
  return listOf(tenant, 'apiKeys').map(({ value, path }) => {
    const entry = entryAt(value, path, ['name', 'key', 'role', 'permissions', 'organizationId']);
    const name = requiredString(entry, 'name');
    const secret = requiredString(entry, 'key', { min: MIN_API_KEY_LENGTH, max: 512 });
    if (secret.trim() !== secret) throw invalid(pathOf(entry, 'key'), 'must not start or end with spaces');
    const role = requiredString(entry, 'role');
    const definition = findRole(catalog, role);
    if (definition === null) throw invalid(pathOf(entry, 'role'), `unknown role "${role}"`);
    const permissions = permissionList(entry, 'permissions');
    const organizationId = optionalInteger(entry, 'organizationId', 1) ?? null;
    if (organizationId !== null && !organizationIds.has(organizationId)) {
      throw invalid(pathOf(entry, 'organizationId'), `unknown organization ${organizationId}`);
    }
    if (organizationId === null && definition.scope === 'organization') {
      throw invalid(pathOf(entry, 'organizationId'), `is required for the role "${role}"`);
    }
    return { path, name, secret, role, permissions, organizationId };
  });
}
