import { DEFAULT_ROLE_CATALOG, type RoleCatalog } from '../domain';
import { canActOn } from './hierarchy.rules';
import { ORG_TREE } from './org-tree.fixture';
import { outreachesActor, reachesWholeTenant } from './reach.rules';

const catalog = DEFAULT_ROLE_CATALOG;
const bound = { role: 'administrator', scopeOrganizationId: 2 };
const wide = { role: 'administrator', scopeOrganizationId: null };

describe('reachesWholeTenant', () => {
  it.each([
    ['owner', [], true],
    ['administrator', [], true],
    ['organizationAdministrator', [], false],
    ['organizationAdministrator', ['user:manage'], false],
    ['publisher', [], false],
    ['user', [], false],
    ['user', ['user:manage'], true],
    ['publisher', ['user:read'], true],
    ['user', ['site:manage'], false],
    ['boss', [], true],
  ] as const)('%s granted %j → %s', (role, permissions, expected) => {
    expect(reachesWholeTenant(catalog, { role, permissions })).toBe(expected);
  });

  it('follows a host catalog: a tenant-wide role that may read users reaches the tenant', () => {
    const custom: RoleCatalog = {
      roles: [
        { name: 'Member', rank: 1, permissions: [], scope: 'tenant' },
        { name: 'auditor', rank: 5, permissions: ['user:read'], scope: 'tenant' },
      ],
    };
    expect(reachesWholeTenant(custom, { role: 'auditor', permissions: [] })).toBe(true);
    expect(reachesWholeTenant(custom, { role: 'Member', permissions: [] })).toBe(false);
  });
});

describe('outreachesActor', () => {
  it('never for a tenant-wide actor', () => {
    expect(outreachesActor(catalog, wide, { role: 'owner', permissions: [] })).toBe(false);
  });

  it('for an organization-bound actor, exactly the subjects that reach the whole tenant', () => {
    expect(outreachesActor(catalog, bound, { role: 'administrator', permissions: [] })).toBe(true);
    expect(outreachesActor(catalog, bound, { role: 'user', permissions: ['user:manage'] })).toBe(true);
    expect(outreachesActor(catalog, bound, { role: 'organizationAdministrator', permissions: [] })).toBe(false);
    expect(outreachesActor(catalog, bound, { role: 'publisher', permissions: ['course:manage_any'] })).toBe(false);
  });
});

describe('canActOn with reach', () => {
  it('a bound administrator may not act on a tenant-wide administrator inside its subtree', () => {
    expect(canActOn(catalog, bound, { role: 'administrator', organizationId: 4 }, ORG_TREE)).toBe('above_actor');
    expect(canActOn(catalog, wide, { role: 'administrator', organizationId: 4 }, ORG_TREE)).toBe('allowed');
  });

  it('nor on a user granted user:manage, while an ordinary user is fine', () => {
    const granted = { role: 'user', organizationId: 4, permissions: ['user:manage' as const] };
    expect(canActOn(catalog, bound, granted, ORG_TREE)).toBe('above_actor');
    expect(canActOn(catalog, bound, { role: 'user', organizationId: 4 }, ORG_TREE)).toBe('allowed');
  });

  it('still answers out of scope first', () => {
    expect(canActOn(catalog, bound, { role: 'administrator', organizationId: 3 }, ORG_TREE)).toBe('out_of_scope');
  });
});
