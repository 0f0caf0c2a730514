import { withAuditOrigin } from './audit-origin';
import { actorOf, codeOf, setupRoster, type TestRoster } from '../services/roster-test.fixture';

/** The core services' audit events, read back through the store: one per write, with it, and none for a refused write. */
describe('audit events of the core services', () => {
  let t: TestRoster;
  const admin = actorOf('administrator', 1, 't1', 'key-admin');
  const trail = async (): Promise<string[]> =>
    (await t.stores.auditEvents.list({ tenantId: 't1', limit: 100 })).map((event) => `${event.type} ${event.target?.id ?? '-'}`).reverse();

  beforeEach(async () => {
    t = await setupRoster({ seatLimit: 1 });
  });

  it('writes one event per change, with its actor, origin and changed fields, never the password or its hash', async () => {
    const origin = { requestId: 'req-1', clientAddress: '203.0.113.7', dialect: 'admin', route: 'createUser' };
    const { user } = await withAuditOrigin(origin, () =>
      t.roster.users.create(admin, { email: 'ann@acme.example.com', password: 'secret-password-1', role: 'user' }),
    );
    const [created] = await t.stores.auditEvents.list({ tenantId: 't1', limit: 1 });
    expect(created).toMatchObject({
      type: 'user.created',
      tenantId: 't1',
      actor: { kind: 'user', id: 'key-admin', role: 'administrator' },
      target: { kind: 'user', id: String(user.id) },
      ...origin,
    });
    expect(created?.id).toMatch(/^evt_/);
    expect(created?.changes).toContainEqual({ field: 'email', before: null, after: 'ann@acme.example.com' });
    expect(created?.changes).toContainEqual({ field: 'password', before: null, after: null });

    await t.roster.users.update(admin, { id: user.id }, { firstName: 'Anna' });
    await t.roster.users.update(admin, { id: user.id }, { role: 'publisher' });
    await t.roster.users.update(admin, { id: user.id }, { status: 'inactive' });
    await t.roster.users.update(admin, { id: user.id }, { password: 'another-password-2' });
    const key = await t.roster.apiKeys.create(admin, { name: 'sync', role: 'user' });
    await t.roster.apiKeys.revoke(admin, key.key.id);
    await t.roster.users.delete(admin, { id: user.id });

    const target = String(user.id);
    expect(await trail()).toEqual([
      `user.created ${target}`,
      `user.updated ${target}`,
      `user.role_changed ${target}`,
      `user.deactivated ${target}`,
      `user.password_changed ${target}`,
      `api_key.created ${key.key.id}`,
      `api_key.revoked ${key.key.id}`,
      `user.deleted ${target}`,
    ]);
    const events = await t.stores.auditEvents.list({ tenantId: 't1', limit: 100 });
    expect(events.find((event) => event.type === 'user.role_changed')?.changes).toEqual([
      { field: 'role', before: 'user', after: 'publisher' },
    ]);
    const bytes = JSON.stringify(events);
    for (const secret of ['secret-password-1', 'another-password-2', key.secret, 'hashed:']) expect(bytes).not.toContain(secret);
  });

  it('writes nothing for a refused or rolled-back change, and records refused sign-ins and seats', async () => {
    const { user } = await t.roster.users.create(admin, { email: 'ann@acme.example.com', password: 'right-password' });
    // A stale version: the update is refused before anything is written.
    expect(await codeOf(t.roster.users.update(admin, { id: user.id }, { firstName: 'X' }, { expectedVersion: 99 }))).toBe(
      'PRECONDITION_FAILED',
    );
    expect(await codeOf(t.roster.users.create(admin, { email: 'bob@acme.example.com' }))).toBe('SEAT_LIMIT_REACHED');
    expect(
      await codeOf(t.roster.auth.authenticatePassword({ tenantId: 't1', identifier: 'ann@acme.example.com', password: 'wrong' })),
    ).toBe('UNAUTHENTICATED');
    expect(await trail()).toEqual([`user.created ${user.id}`, 'user.seat_limit_refused -', `auth.sign_in_failed ${user.id}`]);
    const [failed] = await t.stores.auditEvents.list({ tenantId: 't1', limit: 1 });
    expect(failed?.actor).toEqual({ kind: 'anonymous', id: null, role: null });
    expect(failed?.changes).toEqual([{ field: 'reason', before: null, after: 'wrong_password' }]);
  });
});
