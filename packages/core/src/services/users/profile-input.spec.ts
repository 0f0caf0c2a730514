import type { ProfileField } from '../../domain';
import { actorOf, codeOf, setupRoster, type TestRoster } from '../roster-test.fixture';

const FIELDS: readonly ProfileField[] = [
  { name: 'EMP_CODE', label: 'Employee code', type: 'string', required: false, unique: true, values: [] },
  { name: 'DEPT', label: 'Department', type: 'list', required: true, unique: false, values: ['Sales', 'Support'] },
];

describe('profile values through the user services', () => {
  let t: TestRoster;
  const admin = actorOf('administrator');

  beforeEach(async () => {
    t = await setupRoster({ profileFields: FIELDS });
  });

  it('stores trimmed values by field name, the phone in its column, and clears a value sent empty', async () => {
    const { user } = await t.roster.users.create(admin, {
      email: 'ann@acme.example.com',
      profile: { phone: ' 123-31-23 ', country_id: '007', EMP_CODE: ' E-1 ', DEPT: 'Sales', city: '' },
    });
    expect(user).toMatchObject({ phoneNumber: '123-31-23', profile: { country_id: '7', EMP_CODE: 'E-1', DEPT: 'Sales' } });
    const { user: updated } = await t.roster.users.update(
      admin,
      { id: user.id },
      { profile: { EMP_CODE: '', phone: null, state: 'Texas' } },
    );
    expect(updated.phoneNumber).toBeNull();
    expect(updated.profile).toEqual({ country_id: '7', DEPT: 'Sales', state: 'Texas' });
  });

  it('refuses unknown names, fields with their own input, bad values and an emptied required field, changing nothing', async () => {
    const { user } = await t.roster.users.create(admin, { email: 'bob@acme.example.com', profile: { DEPT: 'Support' } });
    const refused = [
      '{"dept":"Sales"}',
      '{"email":"x@y.z"}',
      '{"first_name":"X"}',
      '{"__proto__":"x"}',
      '{"DEPT":"HR"}',
      '{"DEPT":" "}',
      '{"birthdate":"2001-02-29"}',
    ];
    for (const profile of refused) {
      expect([profile, await codeOf(t.roster.users.update(admin, { id: user.id }, { profile: JSON.parse(profile) }))]).toEqual([
        profile,
        'VALIDATION_FAILED',
      ]);
    }
    expect((await t.stores.users.findById('t1', user.id))?.profile).toEqual({ DEPT: 'Support' });
  });

  it('answers PROFILE_VALUE_TAKEN (field and value) for a unique value another user holds', async () => {
    await t.roster.users.create(admin, { email: 'c@acme.example.com', profile: { EMP_CODE: 'E-9' } });
    const error = await t.roster.users
      .create(admin, { email: 'd@acme.example.com', profile: { EMP_CODE: 'e-9' } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PROFILE_VALUE_TAKEN', details: { field: 'EMP_CODE', value: 'e-9' } });
    expect(await t.stores.users.findByEmail('t1', 'd@acme.example.com')).toBeNull();
  });

  it("gives the tenant's schema to readers: standard fields first, then the custom ones", async () => {
    const schema = await t.roster.users.profileSchema(admin);
    expect(schema.map((field) => field.name)).toEqual([
      'login',
      'first_name',
      'last_name',
      'email',
      'job_title',
      'phone',
      'city',
      'state',
      'country_id',
      'birthdate',
      'EMP_CODE',
      'DEPT',
    ]);
    expect(schema.find((field) => field.name === 'email')).toMatchObject({ required: true, unique: true });
    expect(await codeOf(t.roster.users.profileSchema(actorOf('user')))).toBe('PERMISSION_DENIED');
  });
});
