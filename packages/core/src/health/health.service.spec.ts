import type { Logger } from '../ports';
import { HealthService } from './health.service';

const warnings: Record<string, unknown>[] = [];
const logger: Logger = {
  info: () => undefined,
  error: () => undefined,
  warn: (_message, context) => {
    warnings.push(context ?? {});
  },
};

describe('HealthService', () => {
  beforeEach(() => {
    warnings.length = 0;
  });

  it('liveness is up with no components and does not run the checks', () => {
    let ran = 0;
    const health = new HealthService(
      [
        {
          name: 'database',
          check: () => {
            ran++;
            return Promise.resolve();
          },
        },
      ],
      logger,
    );
    expect(health.live()).toEqual({ status: 'up', components: {} });
    expect(ran).toBe(0);
  });

  it('readiness is up when every check resolves, down when one rejects, each component named', async () => {
    const up = { name: 'database', check: () => Promise.resolve() };
    const down = {
      name: 'limits',
      check: () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED redis://:s3cret@h'), { code: 'ECONNREFUSED' })),
    };
    expect(await new HealthService([up], logger).ready()).toMatchObject({ status: 'up', components: { database: { status: 'up' } } });
    const report = await new HealthService([up, down], logger).ready();
    expect(report).toMatchObject({ status: 'down', components: { database: { status: 'up' }, limits: { status: 'down' } } });
    expect(JSON.stringify(report)).not.toContain('s3cret');
    expect(warnings).toEqual([{ component: 'limits', error: 'ECONNREFUSED' }]);
  });

  it('a check that hangs is down after the timeout, not waited for', async () => {
    // The check never settles: without the 50 ms timeout this test would hang until its own 20 s limit.
    const hang = { name: 'database', check: () => new Promise<void>(() => undefined) };
    const began = Date.now();
    const report = await new HealthService([hang], logger, 50).ready();
    expect(report.status).toBe('down');
    expect(Date.now() - began).toBeLessThan(10_000); // far from 50 ms, far from the test's limit: load cannot flip it
    expect(warnings).toEqual([{ component: 'database', error: 'TIMEOUT' }]);
  }, 20_000);

  it('after drain(), readiness is down (component shutdown) without running the checks; liveness stays up', async () => {
    let ran = 0;
    const health = new HealthService([{ name: 'database', check: () => (ran++, Promise.resolve()) }], logger);
    health.drain();
    expect(await health.ready()).toEqual({ status: 'down', components: { shutdown: { status: 'down', durationMs: 0 } } });
    expect(health.live().status).toBe('up');
    expect(ran).toBe(0);
  });
});
