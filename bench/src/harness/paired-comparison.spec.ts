import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { comparePaired } from './paired-comparison';
import type { RequestScenario } from './request-scenario';
import { scriptedMeasure } from './scripted-measure.spec-helper';

/** A server that answers `ok` to everything. */
async function okServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => res.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const scenario: RequestScenario = { name: 'ok', method: 'GET', path: '/', expectStatus: 200 };

describe('comparePaired', () => {
  let fast: { server: Server; url: string };
  beforeAll(async () => {
    fast = await okServer();
  });
  afterAll(() => fast.server.close());

  it('warms both sides up, then alternates their order (ABBA) and takes one candidate/baseline ratio per round', async () => {
    const { measure, calls } = scriptedMeasure({ base: [999, 100, 200, 100, 50], cand: [999, 50, 100, 300, 50] });
    const sides = (label: string) => ({ label, url: `http://${label}.invalid`, scenario });
    const checked: string[] = [];
    const paired = await comparePaired(
      sides('base'),
      sides('cand'),
      { connections: 1, durationSeconds: 5, warmupSeconds: 2, rounds: 4 },
      measure,
      async (url) => {
        checked.push(url);
        return 'ok';
      },
    );
    expect(checked).toEqual(['http://base.invalid', 'http://cand.invalid']);
    expect(calls).toEqual(['base:2', 'cand:2', 'base:5', 'cand:5', 'cand:5', 'base:5', 'base:5', 'cand:5', 'cand:5', 'base:5']);
    // Rounds: 50/100, 100/200, 300/100, 50/50; the warm-up (999) is not recorded.
    expect(paired.ratio).toMatchObject({ count: 4, min: 0.5, max: 3, median: 0.75 });
    expect(paired.baseline.runs.map((run) => run.rps)).toEqual([100, 200, 100, 50]);
    expect(paired.candidate.rps.median).toBe(75);
    expect(paired.baseline.failed).toBe(0);
  });

  it('skips the warm-up when it is zero and leaves a round with a silent baseline out of the ratio', async () => {
    const { measure, calls } = scriptedMeasure({ base: [0, 100], cand: [10, 20] });
    const sides = (label: string) => ({ label, url: `http://${label}.invalid`, scenario });
    const paired = await comparePaired(
      sides('base'),
      sides('cand'),
      { connections: 1, durationSeconds: 1, warmupSeconds: 0, rounds: 2 },
      measure,
      async () => 'ok',
    );
    expect(calls).toEqual(['base:1', 'cand:1', 'cand:1', 'base:1']);
    expect(paired.ratio).toMatchObject({ count: 1, median: 0.2 });
  });

  it('runs real load against real servers (figures not judged: they depend on the machine)', async () => {
    const paired = await comparePaired(
      { label: 'a', url: fast.url, scenario },
      { label: 'b', url: fast.url, scenario },
      { connections: 2, durationSeconds: 1, warmupSeconds: 0, rounds: 1 },
    );
    expect(paired.baseline.runs).toHaveLength(1);
    expect(paired.candidate.runs).toHaveLength(1);
    expect(paired.baseline.failed + paired.candidate.failed).toBe(0);
  });

  it('refuses to measure a side that answers with the wrong status', async () => {
    await expect(
      comparePaired(
        { label: 'a', url: fast.url, scenario },
        { label: 'b', url: fast.url, scenario: { ...scenario, expectStatus: 201 } },
        { connections: 1, durationSeconds: 1, warmupSeconds: 0, rounds: 1 },
      ),
    ).rejects.toThrow(/expected 201, got 200/);
  });
});
