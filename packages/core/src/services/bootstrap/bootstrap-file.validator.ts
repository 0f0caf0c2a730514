import type { RoleCatalog } from '../../domain';
import { normalizeAccountUrl } from '../../rules';
import { validateApiKeys } from './api-keys.validator';
import type { BootstrapPlan, TenantPlan } from './bootstrap-file.types';
import {
  entryAt,
  invalid,
  listOf,
  optionalInteger,
  optionalOneOf,
  optionalString,
  pathOf,
  permissionList,
  requiredString,
} from './bootstrap-reader';
import { validateHosts } from './hosts.validator';
import { validateGroups, validateOrganizations } from './organizations.validator';
import { validateUsers } from './users.validator';
import { validateProfileFields } from './profile-fields.validator';

const TENANT_FIELDS = [
  'name',
  'accountUrl',
  'identifyBy',
  'seatLimit',
  'defaultPermissions',
  'organizations',
  'groups',
  'apiKeys',
  'users',
  'hosts',
  'profileFields',
];

/**
 * Checks a whole bootstrap file without touching any store, and returns what to write. The
 * first problem found throws BOOTSTRAP_INVALID naming its path.
 */
export function validateBootstrapFile(file: unknown, catalog: RoleCatalog): BootstrapPlan {
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    throw invalid('', 'the bootstrap file must be a JSON object');
  }
  const root = entryAt(file, '', ['tenants']);
  if (root.fields['tenants'] === undefined) throw invalid('tenants', 'is required');
  const tenants = listOf(root, 'tenants').map(({ value, path }) => validateTenant(value, path, catalog));
  requireDistinct(tenants.map((t) => ({ value: t.name, path: `${t.path}.name`, what: 'tenant name' })));
  requireDistinct(tenants.map((t) => ({ value: t.accountUrl, path: `${t.path}.accountUrl`, what: 'account URL' })));
  // Each tenant's own list has no duplicates (validateHosts), so hosts[i] is the file's hosts[i].
  requireDistinct(tenants.flatMap((t) => t.hosts.map((host, i) => ({ value: host, path: `${t.path}.hosts[${i}]`, what: 'host name' }))));
  const keys = tenants.flatMap((tenant) => tenant.apiKeys);
  requireDistinct(
    keys.map((k) => ({ value: k.secret, path: `${k.path}.key`, what: 'API key' })),
    false,
  );
  return { tenants };
}

function validateTenant(value: unknown, path: string, catalog: RoleCatalog): TenantPlan {
  const entry = entryAt(value, path, TENANT_FIELDS);
  const name = requiredString(entry, 'name');
  const rawUrl = optionalString(entry, 'accountUrl', { max: 2048 });
  const accountUrl = rawUrl === undefined ? null : normalizeAccountUrl(rawUrl);
  if (rawUrl !== undefined && accountUrl === null) throw invalid(pathOf(entry, 'accountUrl'), 'not an http(s) URL');
  const identifyBy = optionalOneOf(entry, 'identifyBy', ['email', 'login'] as const) ?? 'email';
  const tree = validateOrganizations(entry, name);
  const organizationIds = new Set(tree.organizations.map((organization) => organization.id));
  const groups = validateGroups(entry, organizationIds);
  const groupIds = new Set(groups.map((group) => group.id));
  return {
    path,
    name,
    accountUrl,
    identifyBy,
    seatLimit: optionalInteger(entry, 'seatLimit', 0) ?? null,
    defaultPermissions: permissionList(entry, 'defaultPermissions'),
    ...tree,
    groups,
    apiKeys: validateApiKeys(entry, catalog, organizationIds),
    hosts: validateHosts(entry),
    users: validateUsers(entry, {
      catalog,
      identifyBy,
      rootOrganizationId: tree.rootOrganizationId,
      organizationIds,
      groupIds,
    }),
    profileFields: validateProfileFields(entry),
  };
}

/** The second use of a value is invalid; `echo` false keeps the value (a secret) out of the message. */
function requireDistinct(
  items: readonly { readonly value: string | null; readonly path: string; readonly what: string }[],
  echo = true,
): void {
  const first = new Map<string, string>();
  for (const { value, path, what } of items) {
    if (value === null) continue;
    const earlier = first.get(value);
    if (earlier !== undefined) {
      const shown = echo ? ` "${value}"` : '';
      throw invalid(path, `duplicate ${what}${shown} (also at ${earlier})`);
    }
    first.set(value, path);
  }
}
