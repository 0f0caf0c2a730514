import { SilentLogger } from '@roster/core';
import { fastFakeHasher, sendRequest } from '@roster/testing';
import { startHost } from '../../examples/express-host/src/host';
import { startNestHost } from '../../examples/nestjs-host/src/nest-host';
import { DEMO_BOOTSTRAP_PATH, readBootstrapFile } from '../../examples/host-common/src';
import { createFaultDatabase, type FaultDatabase } from '../faults/fault-database';
import { REDIS_URL } from '../limits/limits-host';

/**
 * The health routes of both example hosts, over HTTP: liveness, readiness on memory, on a
 * PostgreSQL database this test takes away (503, database down) and gives back (200 again,
 * no restart), and with the shared limits store configured. No answer names a URL or a secret.
 */
jest.setTimeout(90_000);

interface RunningLike {
  readonly baseUrl: string;
  close(): Promise<void>;
}
type Start = (options: { databaseUrl: string; limitsUrl?: string }) => Promise<RunningLike>;

const logger = new SilentLogger();
const hosts: [string, Start][] = [
  [
    'Express',
    async (options) =>
      startHost({ port: 0, bootstrap: await readBootstrapFile(DEMO_BOOTSTRAP_PATH), logger, passwordHasher: fastFakeHasher(), ...options }),
  ],
  [
    'NestJS',
    async (options) =>
      startNestHost({
        port: 0,
        bootstrap: await readBootstrapFile(DEMO_BOOTSTRAP_PATH),
        logger,
        passwordHasher: fastFakeHasher(),
        ...options,
      }),
  ],
];

const get = async (host: RunningLike, path: string) => {
  const answer = await sendRequest(host.baseUrl, { method: 'GET', path });
  return {
    status: answer.status,
    type: answer.headers['content-type'],
    cache: answer.headers['cache-control'],
    body: JSON.parse(answer.text) as unknown,
    text: answer.text,
  };
};

describe.each(hosts)('health routes on the %s example host', (_name, start) => {
  it('liveness: 200 up with no components, JSON, not cached', async () => {
    const host = await start({ databaseUrl: 'memory' });
    try {
      expect(await get(host, '/roster/health/live')).toMatchObject({
        status: 200,
        cache: 'no-store',
        body: { status: 'up', components: {} },
      });
      expect((await get(host, '/roster/health/live')).type).toMatch(/^application\/json/);
    } finally {
      await host.close();
    }
  });

  it('readiness on memory: 200, the database up, no limits component (limits are in-process)', async () => {
    const host = await start({ databaseUrl: 'memory' });
    try {
      const ready = await get(host, '/roster/health/ready');
      expect(ready).toMatchObject({ status: 200, cache: 'no-store', body: { status: 'up', components: { database: { status: 'up' } } } });
      expect(Object.keys((ready.body as { components: object }).components)).toEqual(['database']);
    } finally {
      await host.close();
    }
  });

  it('readiness with ROSTER_LIMITS_URL on Redis: the limits store is a component, up', async () => {
    const host = await start({ databaseUrl: 'memory', limitsUrl: REDIS_URL });
    try {
      const ready = await get(host, '/roster/health/ready');
      expect(ready).toMatchObject({
        status: 200,
        body: { status: 'up', components: { database: { status: 'up' }, limits: { status: 'up' } } },
      });
      expect(ready.text).not.toContain('redis://');
    } finally {
      await host.close();
    }
  });

  describe('on PostgreSQL', () => {
    let database: FaultDatabase;
    beforeAll(async () => {
      database = await createFaultDatabase();
    });
    afterAll(async () => {
      await database.drop();
    });

    it('readiness 200 while PostgreSQL answers, 503 (database down) while it refuses connections, 200 again once back', async () => {
      const host = await start({ databaseUrl: database.url });
      try {
        expect(await get(host, '/roster/health/ready')).toMatchObject({
          status: 200,
          body: { status: 'up', components: { database: { status: 'up' } } },
        });
        await database.refuseConnections();
        const down = await get(host, '/roster/health/ready');
        expect(down).toMatchObject({
          status: 503,
          cache: 'no-store',
          body: { status: 'down', components: { database: { status: 'down' } } },
        });
        for (const secret of [database.name, 'postgres://', '127.0.0.1', 'password']) expect(down.text).not.toContain(secret);
        // Liveness does no I/O: the process is alive while its database is not.
        expect((await get(host, '/roster/health/live')).status).toBe(200);
        await database.allowConnections();
        let ready = await get(host, '/roster/health/ready');
        for (let i = 0; i < 50 && ready.status !== 200; i++) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          ready = await get(host, '/roster/health/ready');
        }
        expect(ready).toMatchObject({ status: 200, body: { status: 'up' } });
      } finally {
        await host.close();
      }
    });
  });
});
