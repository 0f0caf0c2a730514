import type { ProfileField } from '@roster/core';
import { makeTenant, makeUser } from '../fixtures';
import { contractAssertions } from './contract-helpers';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

const field = (overrides: Partial<ProfileField> & { name: string }): ProfileField => ({
  label: overrides.name,
  type: 'string',
  required: false,
  unique: false,
  values: [],
  ...overrides,
});

/** Tenant A's custom fields: a unique employee code, a unique badge and a list. */
export const CONTRACT_PROFILE_FIELDS: readonly ProfileField[] = [
  field({ name: 'EMP_CODE', label: 'Employee code', unique: true }),
  field({ name: 'BADGE', unique: true }),
  field({ name: 'USER_FIELD_xPH1D', label: 'Department', type: 'list', values: ['Sales', 'Support'] }),
];

/** Profile values and profile-field schemas: round trips with raw read-back, and unique values. */
export function describeProfileStore(fixture: FixtureAccess, runner: ContractRunner): void {
  const { beforeEach, describe, expect, it } = runner;
  const { expectRosterError } = contractAssertions(expect);
  describe('profile fields', () => {
    beforeEach(async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      const tenantA = await stores.tenants.findTenantById(TENANT_A);
      await stores.tenants.saveTenant({ ...tenantA!, profileFields: CONTRACT_PROFILE_FIELDS });
      const tenantB = await stores.tenants.findTenantById(TENANT_B);
      await stores.tenants.saveTenant({ ...tenantB!, profileFields: CONTRACT_PROFILE_FIELDS });
    });

    it("keeps a tenant's custom fields, in order, with every attribute", async () => {
      const { stores, raw } = fixture();
      const tenant = makeTenant({ id: 't-profile', name: 'profile.example', profileFields: CONTRACT_PROFILE_FIELDS });
      await stores.tenants.saveTenant(tenant);

      expect(await stores.tenants.findTenantById('t-profile')).toEqual(tenant);
      expect(await raw.tenant('t-profile')).toMatchObject({ profileFieldNames: ['EMP_CODE', 'BADGE', 'USER_FIELD_xPH1D'] });
      await stores.tenants.saveTenant({ ...tenant, profileFields: [] });
      expect((await stores.tenants.findTenantById('t-profile'))?.profileFields).toEqual([]);
    });

    it('keeps profile values (non-ASCII included) through insert and update, and persists them', async () => {
      const { stores, raw } = fixture();
      const profile = { job_title: 'Ingénieure 🚀', EMP_CODE: 'E-1', USER_FIELD_xPH1D: 'Sales', city: 'Zürich' };
      const user = makeUser({ id: 1, profile });
      await stores.users.insert(user);
      expect(await stores.users.findById(TENANT_A, 1)).toEqual(user);
      expect(await raw.user(TENANT_A, 1)).toMatchObject({ profile });

      const changed = { ...user, profile: { EMP_CODE: 'E-2' }, version: 2 };
      await stores.users.update(changed, 1);
      expect((await stores.users.findById(TENANT_A, 1))?.profile).toEqual({ EMP_CODE: 'E-2' });
      expect((await raw.user(TENANT_A, 1))?.profile).toEqual({ EMP_CODE: 'E-2' });
    });

    it('refuses a unique value another user of the tenant holds, whatever its case, with PROFILE_VALUE_TAKEN', async () => {
      const { stores, raw } = fixture();
      await stores.users.insert(makeUser({ id: 1, profile: { EMP_CODE: 'emp-7' } }));

      const error = await expectRosterError(
        stores.users.insert(makeUser({ id: 2, profile: { EMP_CODE: 'EMP-7' } })),
        'PROFILE_VALUE_TAKEN',
      );
      expect(error.details).toEqual({ field: 'EMP_CODE', value: 'EMP-7' });
      expect(await raw.user(TENANT_A, 2)).toBeNull();
      await stores.users.insert(makeUser({ id: 3, profile: { BADGE: 'emp-7', job_title: 'emp-7' } }));
      await stores.users.insert(makeUser({ id: 1, tenantId: TENANT_B, profile: { EMP_CODE: 'emp-7' } }));
      await stores.users.insert(makeUser({ id: 4, profile: { USER_FIELD_xPH1D: 'Sales' } }));
      await stores.users.insert(makeUser({ id: 5, profile: { USER_FIELD_xPH1D: 'Sales' } }));
      expect(await raw.userCount(TENANT_A)).toBe(4);
    });

    it('frees a unique value when its holder changes it or is deleted, and lets a user keep its own', async () => {
      const { stores } = fixture();
      const first = makeUser({ id: 1, profile: { EMP_CODE: 'A1' } });
      await stores.users.insert(first);
      await stores.users.update({ ...first, firstName: 'Renamed', version: 2 }, 1);
      await expectRosterError(stores.users.insert(makeUser({ id: 2, profile: { EMP_CODE: 'a1' } })), 'PROFILE_VALUE_TAKEN');

      await stores.users.update({ ...first, profile: { EMP_CODE: 'B1' }, version: 3 }, 2);
      const second = makeUser({ id: 2, profile: { EMP_CODE: 'A1' } });
      await stores.users.insert(second);
      await expectRosterError(stores.users.update({ ...second, profile: { EMP_CODE: 'b1' }, version: 2 }, 1), 'PROFILE_VALUE_TAKEN');
      expect((await stores.users.findById(TENANT_A, 2))?.profile).toEqual({ EMP_CODE: 'A1' });

      await stores.users.delete(TENANT_A, 1);
      await stores.users.update({ ...second, profile: { EMP_CODE: 'b1' }, version: 2 }, 1);
      expect((await stores.users.findById(TENANT_A, 2))?.profile).toEqual({ EMP_CODE: 'b1' });
    });

    it('lets exactly one of two concurrent writers take a unique value', async () => {
      const { stores, raw } = fixture();
      const results = await Promise.allSettled(
        [1, 2, 3].map((id) => stores.unitOfWork.run((tx) => tx.users.insert(makeUser({ id, profile: { EMP_CODE: 'RACE' } })))),
      );
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      for (const result of results) {
        if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'PROFILE_VALUE_TAKEN' });
      }
      expect(await raw.userCount(TENANT_A)).toBe(1);
    });
  });
}
