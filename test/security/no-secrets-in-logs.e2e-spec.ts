import { createRoster, type RosterStores, type UserStore } from '@roster/core';
import { createIspringDialect, createObjectiveDialect, createRestV1Dialect, type RosterRequest } from '@roster/core/http';
import { createMemoryStores } from '@roster/memory';
import { sendRequest, type WireRequest } from '@roster/testing';
import { startHost, type RunningHost } from '../../examples/express-host/src/host';
import { matrixBootstrap, SETUP_KEYS } from './matrix/matrix-bootstrap';
import { keyActors, TENANTS, userActors } from './matrix/matrix-world';
import { capturedLogs, leakedSecrets } from './log-capture.helper';

const owner = userActors().find((actor) => actor.role === 'owner')!;
const admin = keyActors().find((actor) => actor.role === 'administrator' && actor.organizationId === null)!;
const NEW_PASSWORDS = ['chosen secret one', 'chosen secret two', 'chosen secret three', 'chosen secret four'];
const SECRETS = [
  ...keyActors().map((actor) => actor.secret),
  ...userActors().map((actor) => actor.secret),
  ...Object.values(SETUP_KEYS),
  ...NEW_PASSWORDS,
];

const ispring = (headers: Record<string, string>, method = 'GET', path = '/user', password = owner.secret): WireRequest => ({
  method,
  path,
  headers: { 'X-Auth-Account-Url': TENANTS.alpha.accountUrl, 'X-Auth-Email': owner.email!, 'X-Auth-Password': password, ...headers },
});
const bearer = (method: string, path: string, body?: unknown, key = admin.secret): WireRequest => ({
  method,
  path,
  headers: { Authorization: `Bearer ${key}` },
  ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
});
const courselit = (body: unknown, method = 'POST'): WireRequest => ({
  method,
  path: '/api/user',
  headers: { domain: 'alpha' },
  body: JSON.stringify(body),
});

/** Every route of every dialect, with right and wrong credentials, passwords set and changed, hostile bodies. */
function traffic(): WireRequest[] {
  return [
    courselit({ apikey: admin.secret, email: 'logs.one@example.com', permissions: ['course:enroll'] }),
    courselit({ apikey: admin.secret, email: 'logs.one@example.com', name: 'Renamed' }, 'PATCH'),
    courselit({ apikey: `${admin.secret}x`, email: 'logs.two@example.com' }),
    courselit({ apikey: { $ne: null }, email: 'logs.two@example.com' }),
    ispring({}),
    ispring({}, 'GET', '/user', 'wrong password'),
    ispring({ 'X-Email': 'logs.three@example.com', 'X-Password': NEW_PASSWORDS[0]!, 'X-Send-Login-Email': '1' }, 'POST'),
    ispring({ 'X-Fields-Xml': `<fields><password>${NEW_PASSWORDS[1]}</password></fields>` }, 'POST', '/user/2'),
    ispring({ 'X-Fields-Xml': '<!DOCTYPE x [<!ENTITY e "boom">]><fields>&e;</fields>' }, 'POST', '/user/2'),
    ispring({}, 'DELETE', '/user/999999'),
    bearer('POST', '/api/users', { email: 'logs.four@example.com', password: NEW_PASSWORDS[2] }),
    bearer('PUT', '/api/users/3', { password: NEW_PASSWORDS[3] }),
    bearer('GET', '/api/users/1'),
    bearer('GET', '/api/users/1', undefined, 'rk_not_a_key_at_all_000000000'),
    bearer('POST', '/api/v1/users', { email: 'logs.five@example.com', name: 'Five', password: NEW_PASSWORDS[0] }),
    bearer('GET', '/api/v1/users'),
    bearer('PUT', '/api/v1/users/usr_unknown', { role: 'owner' }),
    bearer('DELETE', '/api/v1/users/usr_unknown'),
    bearer('POST', '/api/v1/users', 'x'.repeat(1024 * 1024 + 10)),
    bearer('POST', '/api/v1/users', '{"email":'),
  ];
}

describe('nothing secret is ever logged', () => {
  let host: RunningHost;
  const logs = capturedLogs();
  beforeAll(async () => {
    // The real argon2 hasher and the default JSON logger, as a host runs them.
    host = await startHost({ port: 0, bootstrap: matrixBootstrap(), logger: logs.logger, requestLog: logs.requestLog });
  });
  afterAll(() => host?.close());

  it('every route of every dialect, right and wrong credentials, new passwords: no password, key, or hash in any log line', async () => {
    const statuses = [];
    for (const wire of traffic()) statuses.push((await sendRequest(host.baseUrl, wire)).status);
    expect(new Set(statuses)).toEqual(new Set([200, 201, 400, 401, 403, 404, 413]));
    expect(logs.lines.length).toBeGreaterThanOrEqual(traffic().length);
    expect(leakedSecrets(logs.lines, SECRETS)).toEqual([]);
  });
});

describe('a failing database does not leak secrets through its error messages', () => {
  /** Stores whose writes and key lookups fail as a SQL driver would, quoting the statement and its values. */
  function faultyStores(): { stores: RosterStores; fail: () => void } {
    const stores = createMemoryStores();
    let failing = false;
    const users = (inner: UserStore): UserStore =>
      new Proxy(inner, {
        get: (target, property, receiver) => {
          if (failing && (property === 'insert' || property === 'update')) {
            return async (user: { passwordHash: string | null }) => {
              throw new Error(`insert into users (password_hash) values ('${user.passwordHash}') - duplicate key`);
            };
          }
          const value = Reflect.get(target, property, receiver) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    const apiKeys = new Proxy(stores.apiKeys, {
      get: (target, property, receiver) => {
        if (failing && (property === 'findBySecretHash' || property === 'findBySecretHashWithTenant')) {
          return async (hash: string) => {
            throw new Error(`select * from api_keys where secret_hash = '${hash}': connection reset`);
          };
        }
        const value = Reflect.get(target, property, receiver) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const unitOfWork = {
      run: <T>(work: (tx: never) => Promise<T>) => stores.unitOfWork.run((tx) => work({ ...tx, users: users(tx.users) } as never)),
    };
    return { stores: { ...stores, apiKeys, unitOfWork }, fail: () => (failing = true) };
  }

  const request = (method: string, path: string, headers: Record<string, string>, body = ''): RosterRequest => ({
    method,
    path,
    query: {},
    headers,
    body: Buffer.from(body),
    clientAddress: '127.0.0.1',
  });

  it('driver messages quoting a password hash or a key hash are logged with the hash redacted', async () => {
    const logs = capturedLogs();
    const { stores, fail } = faultyStores();
    const roster = createRoster({ stores, logger: logs.logger });
    await roster.bootstrap.load(matrixBootstrap());
    fail();
    const auth = { 'x-auth-account-url': TENANTS.alpha.accountUrl, 'x-auth-email': owner.email!, 'x-auth-password': owner.secret };
    const answers = [
      await createIspringDialect(roster).handle(
        request('POST', '/user', { ...auth, 'x-email': 'fault@example.com', 'x-password': NEW_PASSWORDS[0]! }),
      ),
      await createObjectiveDialect(roster).handle(request('GET', '/api/users/1', { authorization: `Bearer ${admin.secret}` })),
      await createRestV1Dialect(roster).handle(request('GET', '/api/v1/users', { authorization: `Bearer ${admin.secret}` })),
    ];
    expect(answers.map((answer) => answer?.status)).toEqual([500, 500, 500]);
    expect(logs.lines.filter((line) => line.includes('"level":"error"')).length).toBe(3);
    expect(logs.lines.join('\n')).toContain('[redacted]');
    expect(leakedSecrets(logs.lines, SECRETS)).toEqual([]);
    await roster.close();
  });
});
