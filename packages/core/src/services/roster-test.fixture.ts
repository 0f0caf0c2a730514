import { createMemoryStores } from '@roster/memory';
import { DEFAULT_ROLE_CATALOG, type Actor, type Tenant, type User } from '../domain';
import { OutboxMailer, SilentLogger } from '../defaults';
import type { Clock, EventSink, IdGenerator, PasswordHasher, RosterEvent } from '../ports';
import { createRoster } from '../roster';
import type { Roster, RosterOptions, RosterStores } from '../roster.types';
import { effectivePermissions, findRole } from '../rules';
import { newUserRecord } from './users/user-record';

/** When the fixture's groups were created and last changed. */
const GROUP_TIME = new Date('2026-01-01T00:00:00.000Z');

/** A fast, transparent hasher: `hashed:<password>`. Records every call. */
export class FakeHasher implements PasswordHasher {
  readonly hashed: string[] = [];
  readonly verified: { hash: string; password: string }[] = [];
  /** Runs inside `hash`, between a service's reads and its write. */
  onHash: (() => Promise<void>) | null = null;

  async hash(password: string): Promise<string> {
    this.hashed.push(password);
    await this.onHash?.();
    return `hashed:${password}`;
  }

  async verify(hash: string, password: string): Promise<boolean> {
    this.verified.push({ hash, password });
    return hash === `hashed:${password}`;
  }
}

export class FixedClock implements Clock {
  constructor(public current = new Date('2024-03-01T10:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

export class RecordingEventSink implements EventSink {
  readonly events: RosterEvent[] = [];
  emit(event: RosterEvent): void {
    this.events.push(event);
  }
}

/** Predictable ids, to tell them apart in assertions. */
export class CountingIdGenerator implements IdGenerator {
  private next = 0;
  readonly passwordLengths: number[] = [];
  publicUserId(): string {
    return `usr_test${(this.next += 1)}`;
  }
  id(): string {
    return `id${(this.next += 1)}`;
  }
  password(length: number): string {
    this.passwordLengths.push(length);
    return `generated-${length}-${(this.next += 1)}`;
  }
}

/** The organization tree of the tests: 1 ─ 2 ─ 4 ─ 6, 2 ─ 5, 1 ─ 3 ─ 7. Groups 10 (org 1), 11 (org 2), 12 (org 3). */
export const TREE: readonly [number, number | null][] = [
  [1, null],
  [2, 1],
  [3, 1],
  [4, 2],
  [5, 2],
  [6, 4],
  [7, 3],
];

export interface TestRoster {
  readonly roster: Roster;
  readonly stores: RosterStores;
  readonly hasher: FakeHasher;
  readonly clock: FixedClock;
  readonly ids: CountingIdGenerator;
  readonly events: RecordingEventSink;
  readonly mailer: OutboxMailer;
  readonly tenant: Tenant;
  /** Inserts a user straight into the store (not through the service under test). */
  seedUser(fields: Partial<User> & { role: string; organizationId: number }): Promise<User>;
}

export async function setupRoster(tenantFields: Partial<Tenant> = {}, options: Partial<RosterOptions> = {}): Promise<TestRoster> {
  const stores = createMemoryStores();
  const hasher = new FakeHasher();
  const clock = new FixedClock();
  const ids = new CountingIdGenerator();
  const events = new RecordingEventSink();
  const mailer = new OutboxMailer({ logger: new SilentLogger() });
  const logger = new SilentLogger();
  const roster = createRoster({
    stores,
    passwordHasher: hasher,
    clock,
    idGenerator: ids,
    eventSink: events,
    mailer,
    logger,
    ...options,
  });
  const tenant: Tenant = {
    id: 't1',
    name: 'acme',
    accountUrl: '//acme.example.com',
    identifyBy: 'email',
    seatLimit: null,
    defaultPermissions: ['course:enroll'],
    rootOrganizationId: 1,
    hosts: [],
    profileFields: [],
    ...tenantFields,
  };
  await stores.tenants.saveTenant(tenant);
  for (const [id, parentId] of TREE) {
    await stores.tenants.saveOrganization({ tenantId: tenant.id, id, name: `Org ${id}`, parentId });
  }
  for (const [id, organizationId] of [
    [10, 1],
    [11, 2],
    [12, 3],
  ] as const) {
    await stores.tenants.saveGroup({
      tenantId: tenant.id,
      id,
      name: `Group ${id}`,
      organizationId,
      version: 1,
      externalId: null,
      createdAt: GROUP_TIME,
      updatedAt: GROUP_TIME,
    });
  }
  let seeded = 0;
  const seedUser = async (fields: Partial<User> & { role: string; organizationId: number }): Promise<User> => {
    const id = await stores.tenants.allocateUser(tenant.id, null);
    seeded += 1;
    const decided = {
      tenant,
      id: id!,
      publicId: `usr_seed${seeded}`,
      role: fields.role,
      organizationId: fields.organizationId,
      groupIds: [],
      passwordHash: 'hashed:seed-password',
      now: clock.now(),
      profile: { profile: {} },
    };
    const user: User = {
      ...newUserRecord({ email: `seed${seeded}@acme.example.com`, login: `seed${seeded}` }, decided),
      ...fields,
    };
    await stores.users.insert(user);
    return user;
  };
  return { roster, stores, hasher, clock, ids, events, mailer, tenant, seedUser };
}

/** An actor of the given role, as a user in `organizationId` (scoped when the role is). */
export function actorOf(role: string, organizationId = 1, tenantId = 't1', id: number | string = 999): Actor {
  const scoped = findRole(DEFAULT_ROLE_CATALOG, role)?.scope === 'organization';
  return {
    tenantId,
    kind: 'user',
    id,
    role,
    permissions: effectivePermissions(DEFAULT_ROLE_CATALOG, role, []),
    scopeOrganizationId: scoped ? organizationId : null,
    organizationId,
  };
}

/** The error code a promise rejects with (fails the test when it resolves). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? `not a RosterError: ${String(error)}`;
  }
  throw new Error('expected a rejection, but the promise resolved');
}
