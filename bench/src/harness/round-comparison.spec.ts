import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventLoopFigures } from '../servers/server-spec';
import type { RequestScenario } from './request-scenario';
import { compareRounds, type EventLoopSource } from './round-comparison';
import { scriptedMeasure } from './scripted-measure.spec-helper';

/** Records when it was started and stopped; reports the number of its run as p99. */
function recordingProbe(events: string[], name: string): EventLoopSource {
  let runs = 0;
  return {
    probeStart: () => events.push(`${name} start`),
    probeStop: async (): Promise<EventLoopFigures> => {
      events.push(`${name} stop`);
      runs += 1;
      return { p50: 0, p99: runs, max: 0, mean: 0, utilization: 0 };
    },
  };
}

const scenario: RequestScenario = { name: 'ok', method: 'GET', path: '/', expectStatus: 200 };
const side = (label: string) => ({ label, url: `http://${label}.invalid`, scenario });

describe('compareRounds', () => {
  jest.setTimeout(30_000);

  it('runs every side once a round, alternating the order, and gives the candidate over each baseline', async () => {
    const { measure, calls } = scriptedMeasure({ a: [999, 100, 200], b: [999, 50, 400], cand: [999, 50, 100] });
    const events: string[] = [];
    const checked: string[] = [];
    const result = await compareRounds(
      [{ ...side('a'), probe: recordingProbe(events, 'a') }, side('b')],
      { ...side('cand'), probe: recordingProbe(events, 'cand') },
      { connections: 10, durationSeconds: 5, warmupSeconds: 2, rounds: 2 },
      measure,
      async (url) => {
        checked.push(url);
        return 'ok';
      },
    );
    expect(checked).toEqual(['http://a.invalid', 'http://b.invalid', 'http://cand.invalid']);
    // Warm-up once each (not recorded), then round 1 baselines → candidate, round 2 reversed.
    expect(calls).toEqual(['a:2', 'b:2', 'cand:2', 'a:5', 'b:5', 'cand:5', 'cand:5', 'b:5', 'a:5']);
    const [againstA, againstB] = result.against;
    expect(againstA!.baseline.runs.map((run) => run.rps)).toEqual([100, 200]);
    expect(againstA!.ratio).toMatchObject({ count: 2, min: 0.5, max: 0.5 }); // 50/100, 100/200
    expect(againstB!.ratio).toMatchObject({ count: 2, min: 0.25, max: 1 }); // 100/400, 50/50
    // The candidate's runs are shared: the same figures against both baselines.
    expect(againstA!.candidate).toEqual(againstB!.candidate);
    // The probe spans exactly its own side's runs, and never the warm-up.
    expect(events).toEqual(['a start', 'a stop', 'cand start', 'cand stop', 'cand start', 'cand stop', 'a start', 'a stop']);
    expect(result.eventLoopP99.candidate).toMatchObject({ min: 1, max: 2, count: 2 });
    expect(result.eventLoopP99.baselines[1]).toBeNull();
  });

  it('refuses to measure a side that answers with the wrong status', async () => {
    const server: Server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      await expect(
        compareRounds(
          [{ label: 'a', url, scenario }],
          { label: 'b', url, scenario: { ...scenario, expectStatus: 201 } },
          { connections: 1, durationSeconds: 1, warmupSeconds: 0, rounds: 1 },
        ),
      ).rejects.toThrow(/expected 201, got 200/);
    } finally {
      server.close();
    }
  });
});
