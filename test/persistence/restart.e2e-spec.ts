import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type RunningHost } from '../../examples/express-host/src/main';
import demo from '../../examples/host-common/demo.bootstrap.json';
import { createTestDatabase } from '../../packages/mikro-orm/src/test-support/test-databases';

jest.setTimeout(60_000);

const ADMIN_KEY = demo.tenants[0]!.apiKeys[0]!.key;
const ADMIN = demo.tenants[0]!.users[0]!;
const bearer = { Authorization: `Bearer ${ADMIN_KEY}` };

interface Database {
  readonly url: string;
  drop(): Promise<void>;
}

const databases: readonly (readonly [string, () => Promise<Database>])[] = [
  [
    'a SQLite file',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'roster-restart-'));
      return { url: `sqlite:${join(dir, 'roster.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  ],
  ['PostgreSQL', () => createTestDatabase('postgresql')],
];

/** rest-v1's list of the demo tenant: total and e-mails. */
async function restList(host: RunningHost): Promise<{ total: number; emails: string[] }> {
  const answer = await fetch(`${host.baseUrl}/api/v1/users?limit=100`, { headers: bearer });
  expect(answer.status).toBe(200);
  const body = (await answer.json()) as { data: { email: string }[]; meta: { total: number } };
  return { total: body.meta.total, emails: body.data.map((user) => user.email).sort() };
}

/** ispring's list of the demo tenant as `email → userId` (read by the owner, signing in with a password). */
async function ispringIds(host: RunningHost): Promise<Map<string, number>> {
  const answer = await fetch(`${host.baseUrl}/user`, {
    headers: { 'X-Auth-Account-Url': demo.tenants[0]!.accountUrl, 'X-Auth-Email': ADMIN.email, 'X-Auth-Password': ADMIN.password },
  });
  expect(answer.status).toBe(200);
  const ids = new Map<string, number>();
  for (const [, profile] of (await answer.text()).matchAll(/<userProfile>([\s\S]*?)<\/userProfile>/g)) {
    ids.set(/<email>([^<]*)<\/email>/.exec(profile!)![1]!, Number(/<userId>(\d+)<\/userId>/.exec(profile!)![1]));
  }
  return ids;
}

/** The example host as `pnpm start` runs it (the demo bootstrap file), on the given database. */
const start = (url: string): Promise<RunningHost> => main({ PORT: '0', DATABASE_URL: url, ROSTER_REST_RATE_LIMIT: 'off' });

describe.each(databases)('the example host keeps its data across a restart on %s', (_name, create) => {
  let database: Database;
  let host: RunningHost | undefined;
  beforeAll(async () => {
    database = await create();
  });
  beforeEach(() => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    await host?.close();
    host = undefined;
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('writes through courselit and rest-v1, stops, starts again and reads both back; the bootstrap adds nothing twice', async () => {
    host = await start(database.url);
    expect(host.bootstrapReport).toMatchObject({ tenantsCreated: 1, apiKeysCreated: 2, usersCreated: 2, usersExisting: 0 });
    const courselit = await fetch(`${host.baseUrl}/api/user`, {
      method: 'POST',
      headers: { domain: 'demo', 'Content-Type': 'application/json' },
      body: JSON.stringify({ apikey: ADMIN_KEY, email: 'Kept.Courselit@Example.com', name: 'Kept Courselit' }),
    });
    expect(courselit.status).toBe(200);
    const rest = await fetch(`${host.baseUrl}/api/v1/users`, {
      method: 'POST',
      headers: { ...bearer, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'kept.rest@example.com', name: 'Kept Rest', role: 'publisher' }),
    });
    expect(rest.status).toBe(201);
    const restId = ((await rest.json()) as { data: { id: string } }).data.id;
    const before = await restList(host);
    const idsBefore = await ispringIds(host);
    expect(before.emails).toEqual(expect.arrayContaining(['kept.courselit@example.com', 'kept.rest@example.com']));
    await host.close();
    host = undefined;

    host = await start(database.url);
    expect(host.bootstrapReport).toMatchObject({ tenantsCreated: 0, apiKeysCreated: 0, usersCreated: 0, usersExisting: 2 });
    expect(await restList(host)).toEqual(before);
    expect(await ispringIds(host)).toEqual(idsBefore);

    const courselitId = idsBefore.get('kept.courselit@example.com');
    const objective = await fetch(`${host.baseUrl}/api/users/${courselitId}`, { headers: bearer });
    expect(objective.status).toBe(200);
    expect(await objective.json()).toMatchObject({
      id: courselitId,
      email: 'kept.courselit@example.com',
      first_name: 'Kept',
      last_name: 'Courselit',
    });
    const restUser = await fetch(`${host.baseUrl}/api/v1/users/${restId}`, { headers: bearer });
    expect(restUser.status).toBe(200);
    expect(await restUser.json()).toMatchObject({
      data: { id: restId, email: 'kept.rest@example.com', name: 'Kept Rest', role: 'publisher' },
    });

    // The e-mail is still taken after the restart: the unique index came back with the data.
    const again = await fetch(`${host.baseUrl}/api/v1/users`, {
      method: 'POST',
      headers: { ...bearer, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'KEPT.REST@example.com', name: 'Twice' }),
    });
    expect(again.status).toBe(409);
  });
});
