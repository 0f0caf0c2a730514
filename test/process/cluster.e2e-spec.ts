import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sendRequest } from '@roster/testing';
import { createTestDatabase, type TestDatabase } from '../../packages/mikro-orm/src/test-support/test-databases';

/**
 * `pnpm start:cluster` as it runs (`node dist/cluster.js`): three Express example hosts behind
 * Node's round-robin, on one PostgreSQL database of this run's own, with the limits on that same
 * database (a table of its own, dropped with it: two runs never share counts). The seat limit and
 * the password throttle hold across the instances: exactly `seatLimit` concurrent creates
 * succeed, and guesses spread over the instances get 429 after the same number of failures as on one.
 * Needs `pnpm build` first.
 */
const root = join(__dirname, '..', '..');
const entry = join(root, 'examples', 'express-host', 'dist', 'cluster.js');
/** How long the three instances may take to listen (a cold start on a busy 2-core machine). */
const WAIT_MS = 90_000;
/** Each test's own bound: 60 creates through three instances on a busy 2-core machine take seconds, not minutes. */
const TEST_MS = 120_000;

/** The numbers (#17): a seat limit of 25 under 60 concurrent creates. */
const SEATS = 25;
const CREATES = 60;
const PER_LOGIN = 10;
const KEY = 'rk_cluster_admin_4b8d2f6a1c3e5a7b';
const ADMIN = { email: 'admin@cluster.example.com', password: 'the right cluster password' };

let database: TestDatabase;
let dir: string;
let child: ReturnType<typeof spawn>;
let baseUrl: string;
let stdout = '';

beforeAll(async () => {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run pnpm build first`);
  database = await createTestDatabase('postgresql');
  dir = mkdtempSync(join(tmpdir(), 'roster-cluster-'));
  const bootstrap = join(dir, 'cluster.bootstrap.json');
  writeFileSync(
    bootstrap,
    JSON.stringify({
      tenants: [
        {
          name: 'cluster',
          accountUrl: 'https://cluster.example.com',
          identifyBy: 'email',
          // The owner takes one seat.
          seatLimit: SEATS + 1,
          apiKeys: [{ name: 'integration', key: KEY, role: 'administrator' }],
          users: [{ ...ADMIN, login: 'admin', role: 'owner', firstName: 'Cluster', lastName: 'Admin', backendAccess: true }],
        },
      ],
    }),
  );
  child = spawn(process.execPath, [entry], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_URL: database.url,
      ROSTER_LIMITS_URL: database.url,
      ROSTER_BOOTSTRAP: bootstrap,
      ROSTER_CLUSTER_SIZE: '3',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`cluster not up within ${WAIT_MS} ms: ${stdout} ${stderr}`)), WAIT_MS);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('roster cluster: 3 instances') && stdout.match(/listening on http/g)?.length === 3) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`cluster exited (${code}): ${stdout} ${stderr}`)));
  });
  const port = /listening on http:\/\/\S+:(\d+)/.exec(stdout)![1];
  baseUrl = `http://127.0.0.1:${port}`;
}, WAIT_MS + 30_000);

afterAll(async () => {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('pnpm start:cluster: three instances on one PostgreSQL', () => {
  it(
    'three instances listen on one port',
    () => {
      expect(stdout.match(/listening on http/g)).toHaveLength(3);
    },
    TEST_MS,
  );

  // Each request is a connection of its own (no agent), so the primary's round-robin spreads them over the three.
  it(
    `a seat limit of ${SEATS} under ${CREATES} concurrent creates spread over the instances gives exactly ${SEATS}`,
    async () => {
      const statuses = await Promise.all(
        Array.from({ length: CREATES }, (_, i) =>
          sendRequest(baseUrl, {
            method: 'POST',
            path: '/api/v1/users',
            headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
            body: JSON.stringify({ email: `seat.${i}@cluster.example.com`, name: `Seat ${i}` }),
          }).then((answer) => answer.status),
        ),
      );
      expect(statuses.filter((status) => status === 201)).toHaveLength(SEATS);
      expect(statuses.filter((status) => status !== 201)).toEqual(Array.from({ length: CREATES - SEATS }, () => 403));
      // The store agrees: the owner and exactly SEATS users, whichever instance is asked.
      const listed = await sendRequest(baseUrl, {
        method: 'GET',
        path: '/api/v1/users?limit=1',
        headers: { authorization: `Bearer ${KEY}` },
      });
      expect(listed.status).toBe(200);
      expect((JSON.parse(listed.text) as { meta: { total: number } }).meta.total).toBe(SEATS + 1);
    },
    TEST_MS,
  );

  it(
    'password guesses over the instances get 429 after the same number of failures as on one instance',
    async () => {
      const signIn = (password: string) =>
        sendRequest(baseUrl, {
          method: 'GET',
          path: '/user',
          headers: { 'x-auth-account-url': 'https://cluster.example.com', 'x-auth-email': ADMIN.email, 'x-auth-password': password },
        }).then((answer) => answer.status);
      let failures = 0;
      for (let i = 0; i < 3 * PER_LOGIN; i++) {
        const status = await signIn(`wrong guess ${i}`);
        if (status === 429) break;
        expect(status).toBe(401);
        failures++;
      }
      expect(failures).toBe(PER_LOGIN);
      // The right password is refused on every instance now (three connections, round-robin).
      expect(await Promise.all([1, 2, 3].map(() => signIn(ADMIN.password)))).toEqual([429, 429, 429]);
    },
    TEST_MS,
  );
});
