import { createTestDatabase } from '../test-support/test-databases';
import { driverLog, type DriverLogSink } from './driver-log';
import { openRosterOrm } from './open-roster-orm';

function capture(): DriverLogSink & { warnings: string[]; errors: string[] } {
  const warnings: string[] = [];
  const errors: string[] = [];
  return { warnings, errors, warn: (line) => warnings.push(line), error: (line) => errors.push(line) };
}

describe('driverLog (knex log option)', () => {
  it("drops knex's warning about a connection the pool discards", () => {
    const sink = capture();
    driverLog(sink).warn('Connection Error: error: terminating connection due to administrator command');
    expect(sink.warnings).toEqual([]);
  });

  it('passes every other warning, deprecation and error on', () => {
    const sink = capture();
    const log = driverLog(sink);
    log.warn('Pool config option "ping" is no longer supported.');
    log.deprecate('someMethod', 'another');
    log.error(new Error('Knex: run npm install pg'));
    expect(sink.warnings).toEqual([
      'knex: Pool config option "ping" is no longer supported.',
      'knex: someMethod is deprecated, use another',
    ]);
    expect(sink.errors).toEqual(['knex: Knex: run npm install pg']);
  });

  it('writes to the console by default', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      driverLog().warn('something odd');
      driverLog().warn('Connection Error: gone');
      expect(warn.mock.calls).toEqual([['knex: something odd']]);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('openRosterOrm gives knex this log', () => {
  it("routes knex's own warnings to the sink it is given", async () => {
    const sink = capture();
    const orm = await openRosterOrm({ url: 'sqlite::memory:', driverLog: sink });
    try {
      const connection = orm.em.getConnection() as unknown as { getKnex(): { client: { logger: { warn(message: string): void } } } };
      connection.getKnex().client.logger.warn('a pool setting is ignored');
      expect(sink.warnings).toEqual(['knex: a pool setting is ignored']);
    } finally {
      await orm.close();
    }
  });

  it('stays quiet when PostgreSQL ends an idle pooled connection, and the next query gets a new one', async () => {
    const database = await createTestDatabase('postgresql');
    const sink = capture();
    const printed = jest.spyOn(console, 'log');
    const orm = await openRosterOrm({ url: database.url, pool: { min: 0, max: 1 }, driverLog: sink });
    try {
      const backend = async () => ((await orm.em.getConnection().execute('select pg_backend_pid() as pid')) as { pid: number }[])[0]!.pid;
      const first = await backend();
      const admin = await openRosterOrm({ url: database.url, pool: { min: 0, max: 1 } });
      try {
        const execute = (sql: string) => admin.em.getConnection().execute(sql) as Promise<unknown[]>;
        await execute(`select pg_terminate_backend(${first})`);
        // The backend exits in its own time (slowly on a busy machine): wait until it is gone.
        for (let tries = 0; tries < 200 && (await execute(`select 1 from pg_stat_activity where pid = ${first}`)).length > 0; tries += 1) {
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      } finally {
        await admin.close();
      }
      await new Promise((resolve) => setTimeout(resolve, 100)); // the socket's end reaches the pool
      expect(await backend()).not.toBe(first);
      expect(sink.warnings).toEqual([]);
      expect(printed.mock.calls.flat().join('\n')).not.toMatch(/Connection Error/);
    } finally {
      printed.mockRestore();
      await orm.close();
      await database.drop();
    }
  });
});
