import { DEFAULT_ROLE_CATALOG, PERMISSIONS, type RoleCatalog } from '../../domain';
import { RosterError } from '../../errors';
import { operatorActor } from './operator-actor';

describe('operatorActor', () => {
  it("acts tenant-wide as the catalog's highest role with every permission", () => {
    const actor = operatorActor(DEFAULT_ROLE_CATALOG, 't1');
    expect(actor).toMatchObject({ tenantId: 't1', kind: 'operator', role: 'owner', scopeOrganizationId: null, organizationId: null });
    expect([...actor.permissions].sort()).toEqual([...PERMISSIONS].sort());
  });

  it('takes the highest rank wherever it stands in a custom catalog', () => {
    const catalog: RoleCatalog = {
      roles: [
        { name: 'member', rank: 1, permissions: [], scope: 'tenant' },
        { name: 'chief', rank: 9, permissions: ['user:read'], scope: 'tenant' },
        { name: 'lead', rank: 5, permissions: [], scope: 'organization' },
      ],
    };
    expect(operatorActor(catalog, 't2').role).toBe('chief');
  });

  it('refuses an empty catalog', () => {
    expect(() => operatorActor({ roles: [] }, 't3')).toThrow(RosterError);
  });
});
