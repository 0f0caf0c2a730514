import { RosterError } from '@roster/core';
import { makeGroup, makeUser } from '../fixtures';
import { contractAssertions, tally, yieldToOthers } from './contract-helpers';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

const PARALLEL = 20;
const AT = new Date('2026-12-04T10:00:00.000Z');

/** TenantStore group writes: next ids, names unique per tenant in any case (also under parallel creates), memberships gone with the group. */
export function describeGroupWrites(fixture: FixtureAccess, runner: ContractRunner): void {
  const { beforeEach, describe, expect, it } = runner;
  const { expectRosterError } = contractAssertions(expect);
  describe('TenantStore group writes', () => {
    beforeEach(async () => seedTenants(fixture().stores));

    it('creates a group with the tenant’s next id, found by every read', async () => {
      const { stores } = fixture();
      const created = await stores.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name: 'Sales', organizationId: 2 });
      expect(created).toEqual({
        tenantId: TENANT_A,
        id: 3,
        name: 'Sales',
        organizationId: 2,
        version: 1,
        externalId: null,
        createdAt: AT,
        updatedAt: AT,
      });
      expect(await stores.tenants.findGroup(TENANT_A, 3)).toEqual(created);
      expect(await stores.tenants.findGroupsByName(TENANT_A, 'Sales')).toEqual([created]);
      expect((await stores.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name: 'Ops', organizationId: 1 })).id).toBe(4);
      expect((await stores.tenants.createGroup({ createdAt: AT, tenantId: TENANT_B, name: 'Sales', organizationId: 1 })).id).toBe(3);
    });

    it('refuses a name another group of the tenant has in any case, and an unknown tenant', async () => {
      const { stores } = fixture();
      await stores.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name: 'Sales', organizationId: 1 });
      await expectRosterError(
        stores.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name: 'SALES', organizationId: 1 }),
        'GROUP_NAME_TAKEN',
      );
      await expectRosterError(
        stores.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name: 'group 1', organizationId: 1 }),
        'GROUP_NAME_TAKEN',
      );
      await expectRosterError(
        stores.tenants.createGroup({ createdAt: AT, tenantId: 'nobody', name: 'X', organizationId: 1 }),
        'TENANT_NOT_FOUND',
      );
      expect((await stores.tenants.listGroups(TENANT_A)).map((group) => group.name)).toEqual(['Group 1', 'Group 2', 'Sales']);
    });

    it('renames: to a free name, to its own name in another case, never to another group’s; each write one version more', async () => {
      const { stores } = fixture();
      expect(await stores.tenants.updateGroup(TENANT_A, 1, { updatedAt: AT, name: 'Sales' })).toEqual({
        tenantId: TENANT_A,
        id: 1,
        name: 'Sales',
        organizationId: 1,
        version: 2,
        externalId: null,
        createdAt: makeGroup().createdAt,
        updatedAt: AT,
      });
      expect(await stores.tenants.updateGroup(TENANT_A, 1, { updatedAt: AT, name: 'SALES' })).toMatchObject({
        id: 1,
        name: 'SALES',
        version: 3,
      });
      await expectRosterError(stores.tenants.updateGroup(TENANT_A, 2, { updatedAt: AT, name: 'sales' }), 'GROUP_NAME_TAKEN');
      expect(await stores.tenants.findGroup(TENANT_A, 2)).toMatchObject({ name: 'Group 2', version: 1 });
      expect(await stores.tenants.updateGroup(TENANT_A, 99, { updatedAt: AT, name: 'Other' })).toBeNull();
      expect(await stores.tenants.updateGroup(TENANT_B, 2, { updatedAt: AT, name: 'Sales' })).toMatchObject({
        tenantId: TENANT_B,
        id: 2,
        name: 'Sales',
      });
      expect(await stores.tenants.updateGroup(TENANT_A, 2, { updatedAt: AT })).toMatchObject({ name: 'Group 2', version: 2 });
    });

    it('keeps a group’s externalId as given (not unique), finds groups by it exactly, changes and clears it', async () => {
      const { stores } = fixture();
      const linked = await stores.tenants.createGroup({
        createdAt: AT,
        tenantId: TENANT_A,
        name: 'Linked',
        organizationId: 1,
        externalId: 'Ab-1',
      });
      expect(linked).toMatchObject({ id: 3, externalId: 'Ab-1', version: 1 });
      const twin = await stores.tenants.createGroup({
        createdAt: AT,
        tenantId: TENANT_A,
        name: 'Twin',
        organizationId: 1,
        externalId: 'Ab-1',
      });
      await stores.tenants.createGroup({ createdAt: AT, tenantId: TENANT_B, name: 'Linked', organizationId: 1, externalId: 'Ab-1' });
      expect(await stores.tenants.findGroupsByExternalId(TENANT_A, 'Ab-1')).toEqual([linked, twin]);
      expect(await stores.tenants.findGroupsByExternalId(TENANT_A, 'ab-1')).toEqual([]);
      expect(await stores.tenants.findGroupsByExternalId('tenant-none', 'Ab-1')).toEqual([]);
      expect(await stores.tenants.updateGroup(TENANT_A, 4, { updatedAt: AT, externalId: 'Cd-2' })).toMatchObject({
        name: 'Twin',
        externalId: 'Cd-2',
        version: 2,
      });
      expect((await stores.tenants.findGroupsByExternalId(TENANT_A, 'Cd-2')).map((group) => group.id)).toEqual([4]);
      expect(await stores.tenants.updateGroup(TENANT_A, 3, { updatedAt: AT, name: 'Renamed' })).toMatchObject({
        name: 'Renamed',
        externalId: 'Ab-1',
      });
      expect(await stores.tenants.updateGroup(TENANT_A, 3, { updatedAt: AT, externalId: null })).toMatchObject({
        name: 'Renamed',
        externalId: null,
      });
      expect(await stores.tenants.findGroupsByExternalId(TENANT_A, 'Ab-1')).toEqual([]);
      expect(await stores.tenants.findGroup(TENANT_A, 3)).toMatchObject({ externalId: null, version: 3 });
    });

    it('holds a write to the version named: another one is VERSION_CONFLICT, changing nothing', async () => {
      const { stores } = fixture();
      expect(await stores.tenants.updateGroup(TENANT_A, 1, { updatedAt: AT, name: 'Sales' }, 1)).toMatchObject({
        name: 'Sales',
        version: 2,
      });
      await expectRosterError(stores.tenants.updateGroup(TENANT_A, 1, { updatedAt: AT, name: 'Ops' }, 1), 'VERSION_CONFLICT');
      await expectRosterError(stores.tenants.deleteGroup(TENANT_A, 1, AT, 1), 'VERSION_CONFLICT');
      expect(await stores.tenants.findGroup(TENANT_A, 1)).toMatchObject({ name: 'Sales', version: 2 });
      expect(await stores.tenants.updateGroup(TENANT_A, 99, { updatedAt: AT }, 1)).toBeNull();
      expect(await stores.tenants.deleteGroup(TENANT_A, 99, AT, 1)).toBe(false);
      expect(await stores.tenants.deleteGroup(TENANT_A, 1, AT, 2)).toBe(true);
      expect(await stores.tenants.findGroup(TENANT_A, 1)).toBeNull();
    });

    it('moves a group’s version on with every membership a user write adds or removes, and only then', async () => {
      const { stores } = fixture();
      const version = async (tenantId: string, id: number) => (await stores.tenants.findGroup(tenantId, id))?.version;
      const user = makeUser({ id: 1, email: 'member@example.com', groupIds: [1] });
      await stores.users.insert(user);
      expect([await version(TENANT_A, 1), await version(TENANT_A, 2), await version(TENANT_B, 1)]).toEqual([2, 1, 1]);
      const moved = { ...user, groupIds: [2], version: 2 };
      await stores.users.update(moved, 1);
      expect([await version(TENANT_A, 1), await version(TENANT_A, 2)]).toEqual([3, 2]);
      const renamed = { ...moved, firstName: 'Renamed', groupIds: [2], version: 3 };
      await stores.users.update(renamed, 2);
      expect([await version(TENANT_A, 1), await version(TENANT_A, 2)]).toEqual([3, 2]);
      await expectRosterError(
        stores.unitOfWork.run(async (tx) => {
          await tx.users.update({ ...renamed, groupIds: [1, 2], version: 4 }, 3);
          throw new RosterError('VERSION_CONFLICT', 'undone');
        }),
        'VERSION_CONFLICT',
      );
      expect([await version(TENANT_A, 1), await version(TENANT_A, 2)]).toEqual([3, 2]);
      expect(await stores.users.delete(TENANT_A, 1)).toBe(true);
      expect([await version(TENANT_A, 1), await version(TENANT_A, 2), await version(TENANT_B, 2)]).toEqual([3, 3, 1]);
    });

    it('keeps a group’s createdAt; its updatedAt moves with each write of it (rename, externalId, a membership added or removed)', async () => {
      const { stores } = fixture();
      const at = (minute: number) => new Date(Date.UTC(2026, 11, 4, 10, minute, 0, 123));
      const times = async (id: number) => {
        const group = await stores.tenants.findGroup(TENANT_A, id);
        return [group?.createdAt.toISOString(), group?.updatedAt.toISOString()];
      };
      const created = await stores.tenants.createGroup({ createdAt: at(1), tenantId: TENANT_A, name: 'Timed', organizationId: 1 });
      expect([created.createdAt, created.updatedAt]).toEqual([at(1), at(1)]);
      expect(await times(created.id)).toEqual([at(1).toISOString(), at(1).toISOString()]);
      expect(await stores.tenants.updateGroup(TENANT_A, created.id, { updatedAt: at(2), name: 'Timed 2' })).toMatchObject({
        createdAt: at(1),
        updatedAt: at(2),
      });
      await stores.tenants.updateGroup(TENANT_A, created.id, { updatedAt: at(3), externalId: 'ext-3' });
      expect(await times(created.id)).toEqual([at(1).toISOString(), at(3).toISOString()]);
      const user = makeUser({ id: 1, email: 'timed@example.com', groupIds: [created.id], updatedAt: at(4) });
      await stores.users.insert(user);
      expect(await times(created.id)).toEqual([at(1).toISOString(), at(4).toISOString()]);
      await stores.users.update({ ...user, firstName: 'Same groups', version: 2, updatedAt: at(5) }, 1);
      expect(await times(created.id)).toEqual([at(1).toISOString(), at(4).toISOString()]);
      await stores.users.update({ ...user, groupIds: [], version: 3, updatedAt: at(6) }, 2);
      expect(await times(created.id)).toEqual([at(1).toISOString(), at(6).toISOString()]);
      await stores.users.update({ ...user, groupIds: [created.id, 2], version: 4, updatedAt: at(7) }, 3);
      expect([await times(created.id), (await times(2))[1]]).toEqual([[at(1).toISOString(), at(7).toISOString()], at(7).toISOString()]);
      expect(await stores.users.delete(TENANT_A, 1, undefined, at(8))).toBe(true);
      expect(await times(created.id)).toEqual([at(1).toISOString(), at(8).toISOString()]);
      await stores.users.insertMany([makeUser({ id: 2, email: 'batch@example.com', groupIds: [created.id], updatedAt: at(9) })]);
      expect(await times(created.id)).toEqual([at(1).toISOString(), at(9).toISOString()]);
      await stores.tenants.saveGroup(makeGroup({ tenantId: TENANT_A, id: 7, createdAt: at(10), updatedAt: at(11) }));
      expect(await times(7)).toEqual([at(10).toISOString(), at(11).toISOString()]);
    });

    it('deletes a group with its memberships; the users stay, each member one version on at the time given', async () => {
      const { stores } = fixture();
      await stores.users.insert(makeUser({ id: 1, email: 'member@example.com', groupIds: [1, 2] }));
      await stores.users.insert(makeUser({ id: 2, email: 'other@example.com', groupIds: [2] }));
      await stores.users.insert(makeUser({ tenantId: TENANT_B, id: 1, email: 'member@example.com', groupIds: [1] }));
      const before = await stores.users.findById(TENANT_A, 2);
      expect(await stores.tenants.deleteGroup(TENANT_A, 1, AT)).toBe(true);
      expect(await stores.tenants.findGroup(TENANT_A, 1)).toBeNull();
      expect(await stores.users.findById(TENANT_A, 1)).toMatchObject({ groupIds: [2], version: 2, updatedAt: AT });
      expect(await stores.users.findById(TENANT_A, 2)).toEqual(before);
      expect(await stores.users.findById(TENANT_B, 1)).toMatchObject({ groupIds: [1], version: 1 });
      expect(await stores.users.list({ tenantId: TENANT_A, groupId: 1, offset: 0, limit: 10 })).toMatchObject({ items: [], total: 0 });
      expect(await stores.tenants.findGroup(TENANT_B, 1)).not.toBeNull();
      expect(await stores.tenants.deleteGroup(TENANT_A, 1, AT)).toBe(false);
    });

    it('never gives the id of a deleted group again, the newest included, nor one a saved group holds', async () => {
      const { stores } = fixture();
      const third = await stores.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name: 'Third', organizationId: 1 });
      expect(third.id).toBe(3);
      expect(await stores.tenants.deleteGroup(TENANT_A, 3, AT)).toBe(true);
      expect((await stores.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name: 'Fourth', organizationId: 1 })).id).toBe(4);
      await stores.tenants.saveGroup(makeGroup({ tenantId: TENANT_A, id: 9 }));
      expect(await stores.tenants.deleteGroup(TENANT_A, 9, AT)).toBe(true);
      expect((await stores.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name: 'Tenth', organizationId: 1 })).id).toBe(10);
      await expectRosterError(
        stores.unitOfWork.run(async (tx) => {
          await tx.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name: 'Undone', organizationId: 1 });
          throw new RosterError('VERSION_CONFLICT', 'undone');
        }),
        'VERSION_CONFLICT',
      );
      // An undone create gives nothing away: its id is the next one still.
      expect((await stores.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name: 'Eleventh', organizationId: 1 })).id).toBe(11);
      expect((await stores.tenants.createGroup({ createdAt: AT, tenantId: TENANT_B, name: 'Third', organizationId: 1 })).id).toBe(3);
    });

    it('keeps a group created in a unit of work exactly when the work is kept', async () => {
      const { stores } = fixture();
      await expectRosterError(
        stores.unitOfWork.run(async (tx) => {
          await tx.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name: 'Undone', organizationId: 1 });
          await tx.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name: 'UNDONE', organizationId: 1 });
        }),
        'GROUP_NAME_TAKEN',
      );
      expect(await stores.tenants.findGroupsByName(TENANT_A, 'Undone')).toEqual([]);
    });

    it(`lets exactly one of ${PARALLEL} parallel creates of one name (in any case) succeed, and all of distinct names`, async () => {
      const { stores } = fixture();
      const names = ['Ops', 'OPS', 'ops'];
      const create = (name: string) =>
        stores.unitOfWork.run(async (tx) => {
          await yieldToOthers();
          return tx.tenants.createGroup({ createdAt: AT, tenantId: TENANT_A, name, organizationId: 1 });
        });
      const same = await Promise.allSettled(Array.from({ length: PARALLEL }, (_, i) => create(names[i % names.length] ?? 'Ops')));
      expect(tally(same)).toEqual({ fulfilled: 1, codes: { GROUP_NAME_TAKEN: PARALLEL - 1 } });

      const distinct = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => create(`Team ${i}`)));
      expect(tally(distinct)).toEqual({ fulfilled: 10, codes: {} });
      const ids = (await stores.tenants.listGroups(TENANT_A)).map((group) => group.id);
      expect(ids).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    });
  });
}
