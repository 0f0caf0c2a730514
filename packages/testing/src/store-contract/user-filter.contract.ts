import type { UserFilter, UserTextField } from '@roster/core';
import { fixtureDate, makeUser } from '../fixtures';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

const text = (field: UserTextField, op: 'eq' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le', value: string): UserFilter => ({
  text: field,
  op,
  value,
});

/** Tenant A's users for the filter cases: values with LIKE's special characters, nulls, mixed case. */
function people() {
  return [
    makeUser({
      id: 1,
      publicId: 'usr_A1',
      email: 'ada.lovelace@example.com',
      login: 'Ada_L',
      firstName: 'Ada',
      lastName: "O'Brien",
      scimExternalId: 'ext-1',
      profile: { job_title: 'Chief Engineer' },
      createdAt: fixtureDate(10),
      updatedAt: fixtureDate(15),
    }),
    makeUser({
      id: 2,
      publicId: 'usr_b2',
      email: 'grace%hopper@example.org',
      login: 'grace',
      firstName: 'Grace',
      lastName: 'Hopper_x',
      scimExternalId: 'EXT-2',
      status: 'inactive',
      createdAt: fixtureDate(20),
      updatedAt: fixtureDate(40),
    }),
    makeUser({
      id: 3,
      publicId: 'usr_c3',
      email: 'bob\\smith@example.com',
      firstName: 'bob',
      lastName: 'Smith',
      profile: { job_title: 'engineer' },
      status: 'pending',
      createdAt: fixtureDate(30),
    }),
    makeUser({
      id: 4,
      publicId: 'usr_d4',
      email: null,
      login: 'Zed!',
      firstName: 'Zed',
      lastName: 'Hopperz',
      profile: { job_title: '' },
      createdAt: fixtureDate(40),
      updatedAt: fixtureDate(50),
    }),
  ];
}

/** UserStore.list `filter` (the SCIM filter tree): every operator, null and case rules, LIKE escaping, counted. */
export function describeUserFilter(fixture: FixtureAccess, runner: ContractRunner): void {
  const { beforeEach, describe, expect, it } = runner;
  describe('UserStore.list filter', () => {
    const ids = async (filter: UserFilter, page: { offset?: number; limit?: number } = {}) => {
      const answer = await fixture().stores.users.list({ tenantId: TENANT_A, offset: page.offset ?? 0, limit: page.limit ?? 100, filter });
      return { ids: answer.items.map((user) => user.id), total: answer.total };
    };
    const only = async (filter: UserFilter) => (await ids(filter)).ids;

    beforeEach(async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      for (const user of people()) await stores.users.insert(user);
      await stores.users.insert(makeUser({ tenantId: TENANT_B, id: 1, email: 'ada.lovelace@example.com', firstName: 'Ada' }));
    });

    it('eq: e-mail, login, names and title in any case; publicId and scimExternalId exactly; in the tenant only', async () => {
      expect(await ids(text('email', 'eq', 'Ada.Lovelace@example.com'))).toEqual({ ids: [1], total: 1 });
      expect(await only(text('login', 'eq', 'ADA_L'))).toEqual([1]);
      expect(await only(text('firstName', 'eq', 'BOB'))).toEqual([3]);
      expect(await only(text('lastName', 'eq', "o'brien"))).toEqual([1]);
      expect(await only(text('jobTitle', 'eq', 'Engineer'))).toEqual([3]);
      expect(await only(text('publicId', 'eq', 'usr_a1'))).toEqual([]);
      expect(await only(text('publicId', 'eq', 'usr_A1'))).toEqual([1]);
      expect(await only(text('scimExternalId', 'eq', 'ext-2'))).toEqual([]);
      expect(await only(text('scimExternalId', 'eq', 'EXT-2'))).toEqual([2]);
    });

    it('co, sw, ew: literal text (%, _, \\ and ! match themselves), case rules as eq', async () => {
      expect(await only(text('email', 'co', '%'))).toEqual([2]);
      expect(await only(text('login', 'co', '_'))).toEqual([1]);
      expect(await only(text('login', 'co', '!'))).toEqual([4]);
      expect(await only(text('email', 'co', '\\'))).toEqual([3]);
      expect(await only(text('email', 'co', 'LOVE'))).toEqual([1]);
      expect(await only(text('lastName', 'sw', 'hopper_'))).toEqual([2]);
      expect(await only(text('lastName', 'sw', 'HOP'))).toEqual([2, 4]);
      expect(await only(text('email', 'ew', '@EXAMPLE.COM'))).toEqual([1, 3]);
      expect(await only(text('email', 'ew', '.org'))).toEqual([2]);
      expect(await only(text('jobTitle', 'co', 'ENGINEER'))).toEqual([1, 3]);
      expect(await only(text('publicId', 'sw', 'USR_'))).toEqual([]);
      expect(await only(text('publicId', 'ew', 'A1'))).toEqual([1]);
      expect(await only(text('scimExternalId', 'co', 'xt'))).toEqual([1]);
      expect(await only(text('firstName', 'co', ''))).toEqual([1, 2, 3, 4]);
    });

    it('gt, ge, lt, le on text (by code point, after lower-casing) and on dates; pr', async () => {
      expect(await only(text('lastName', 'gt', 'smith'))).toEqual([]);
      expect(await only(text('lastName', 'ge', 'SMITH'))).toEqual([3]);
      expect(await only(text('lastName', 'lt', 'hopperz'))).toEqual([2]);
      expect(await only(text('lastName', 'le', 'hopperz'))).toEqual([2, 4]);
      expect(await only(text('login', 'gt', 'b'))).toEqual([2, 4]);
      expect(await only({ date: 'createdAt', op: 'gt', value: fixtureDate(20) })).toEqual([3, 4]);
      expect(await only({ date: 'createdAt', op: 'ge', value: fixtureDate(20) })).toEqual([2, 3, 4]);
      expect(await only({ date: 'createdAt', op: 'eq', value: fixtureDate(30) })).toEqual([3]);
      expect(await only({ date: 'createdAt', op: 'lt', value: fixtureDate(20) })).toEqual([1]);
      expect(await only({ date: 'createdAt', op: 'le', value: fixtureDate(20) })).toEqual([1, 2]);
      expect(await only({ date: 'updatedAt', op: 'gt', value: fixtureDate(35) })).toEqual([2, 4]);
      expect(await only({ text: 'jobTitle', op: 'pr' })).toEqual([1, 3]);
      expect(await only({ text: 'login', op: 'pr' })).toEqual([1, 2, 4]);
      expect(await only({ text: 'email', op: 'pr' })).toEqual([1, 2, 3]);
      expect(await only({ text: 'scimExternalId', op: 'pr' })).toEqual([1, 2]);
      expect(await only({ statuses: ['inactive', 'pending'] })).toEqual([2, 3]);
      expect(await only({ statuses: [] })).toEqual([]);
    });

    it('and, or, not (a missing value is false, so its negation holds); paged and counted; with the other filters', async () => {
      const activeAfter = { and: [{ statuses: ['active'] }, { date: 'createdAt', op: 'gt', value: fixtureDate(30) }] } as const;
      expect(await only({ or: [text('firstName', 'eq', 'ada'), activeAfter] })).toEqual([1, 4]);
      expect(await only({ not: text('login', 'eq', 'grace') })).toEqual([1, 3, 4]);
      expect(await only({ not: { text: 'jobTitle', op: 'pr' } })).toEqual([2, 4]);
      expect(await only({ not: text('lastName', 'co', 'hopper') })).toEqual([1, 3]);
      expect(await only({ and: [] })).toEqual([1, 2, 3, 4]);
      expect(await only({ or: [] })).toEqual([]);
      expect(
        await only({
          and: [text('email', 'ew', 'example.com'), { not: { or: [text('firstName', 'sw', 'b'), { statuses: ['pending'] }] } }],
        }),
      ).toEqual([1]);
      expect(await ids({ not: text('email', 'eq', 'nobody@example.com') }, { offset: 1, limit: 2 })).toEqual({ ids: [2, 3], total: 4 });
      const { stores } = fixture();
      const narrowed = await stores.users.list({
        tenantId: TENANT_A,
        offset: 0,
        limit: 10,
        status: 'active',
        filter: text('firstName', 'co', 'a'),
      });
      expect(narrowed.items.map((user) => user.id)).toEqual([1]);
      expect(narrowed.total).toBe(1);
      const both = await stores.users.list({
        tenantId: TENANT_A,
        offset: 0,
        limit: 10,
        anyOf: [{ login: 'grace' }, { login: 'zed!' }],
        filter: { text: 'email', op: 'pr' },
      });
      expect(both.items.map((user) => user.id)).toEqual([2]);
    });
  });
}
