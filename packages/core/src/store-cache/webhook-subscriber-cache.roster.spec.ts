import { createMemoryStores } from '@roster/memory';
import { SilentLogger } from '../defaults';
import type { Actor } from '../domain';
import type { TransactionalStores } from '../ports';
import { createRoster } from '../roster';
import type { Roster, RosterStores } from '../roster.types';
import { FakeHasher, FixedClock, actorOf } from '../services/roster-test.fixture';

/** The subscriber cache as `createRoster` wires it: event writes of the services, endpoint writes of `roster.webhooks`. */
describe('createRoster: the webhook subscriber cache', () => {
  let roster: Roster;
  let raw: RosterStores;
  let clock: FixedClock;
  let reads = 0;
  let users = 0;
  const admin: Actor = actorOf('administrator');
  const createUser = () => roster.users.create(admin, { email: `u${(users += 1)}@acme.example.com`, password: 'a-password-123' });
  const pending = async (endpointId: string) => (await raw.webhooks.pendingEntries(endpointId, 100)).length;

  beforeEach(async () => {
    const memory = createMemoryStores();
    reads = 0;
    raw = {
      ...memory,
      unitOfWork: {
        run: (work) =>
          memory.unitOfWork.run((tx: TransactionalStores) => {
            const outbox = tx.webhookOutbox;
            return work({
              ...tx,
              webhookOutbox: { subscribers: (id) => ((reads += 1), outbox.subscribers(id)), enqueue: (e) => outbox.enqueue(e) },
            });
          }),
      },
    };
    await memory.tenants.saveTenant({
      id: 't1',
      name: 'acme',
      accountUrl: null,
      identifyBy: 'email',
      seatLimit: null,
      defaultPermissions: [],
      rootOrganizationId: 1,
      hosts: [],
      profileFields: [],
    });
    await memory.tenants.saveOrganization({ tenantId: 't1', id: 1, name: 'Root', parentId: null });
    clock = new FixedClock();
    roster = createRoster({
      stores: raw,
      clock,
      passwordHasher: new FakeHasher(),
      logger: new SilentLogger(),
      webhooks: { resolveHost: () => Promise.resolve(['93.184.215.14']) },
    });
  });

  it('reads the endpoints once for many creates, and at once again after an endpoint is created, disabled or deleted', async () => {
    const first = await roster.webhooks.create(admin, { url: 'https://hooks.example.com/a' });
    for (let i = 0; i < 5; i += 1) await createUser();
    expect([reads, await pending(first.endpoint.id)]).toEqual([1, 5]);

    const second = await roster.webhooks.create(admin, { url: 'https://hooks.example.com/b' });
    await createUser();
    expect([reads, await pending(second.endpoint.id)]).toEqual([2, 1]);

    await roster.webhooks.update(admin, second.endpoint.id, { enabled: false });
    await createUser();
    expect([reads, await pending(second.endpoint.id)]).toEqual([3, 1]);

    await roster.webhooks.delete(admin, first.endpoint.id);
    await createUser();
    await createUser();
    expect([reads, await pending(first.endpoint.id), await pending(second.endpoint.id)]).toEqual([4, 0, 1]);
  });

  it('is bounded in time: an endpoint registered straight in the store starts receiving once the bound passed', async () => {
    await createUser();
    const now = clock.now();
    await raw.webhooks.create({
      id: 'whep_elsewhere',
      tenantId: 't1',
      url: 'https://hooks.example.com/c',
      eventTypes: [],
      description: null,
      enabled: true,
      disabledReason: null,
      secret: 'whsec_c2VjcmV0',
      previousSecret: null,
      previousSecretExpiresAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await createUser();
    expect(await pending('whep_elsewhere')).toBe(0);
    clock.advance(5);
    await createUser();
    expect([reads, await pending('whep_elsewhere')]).toEqual([2, 1]);
  });

  it('can be switched off (webhooks.subscriberCacheSeconds: 0) and refuses a negative bound', async () => {
    const uncached = createRoster({ stores: raw, clock, passwordHasher: new FakeHasher(), webhooks: { subscriberCacheSeconds: 0 } });
    for (let i = 0; i < 3; i += 1) await uncached.users.create(admin, { email: `z${i}@acme.example.com`, password: 'a-password-123' });
    expect(reads).toBe(3);
    expect(() => createRoster({ stores: raw, webhooks: { subscriberCacheSeconds: -1 } })).toThrow('webhooks.subscriberCacheSeconds');
  });
});
