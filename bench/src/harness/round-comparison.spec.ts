import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventLoopFigures } from '../servers/server-spec';
import type { RequestScenario } from './request-scenario';
import { compareRounds, type EventLoopSource } from './round-comparison';

/** A server that answers after `delayMs`: at 10 connections at most 10 000 / delayMs answers a second. */
async function serverWithDelay(delayMs: number): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => setTimeout(() => res.end('ok'), delayMs));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

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

describe('compareRounds', () => {
  jest.setTimeout(30_000);

  it('runs every side once a round, alternating the order, and gives the candidate over each baseline', async () => {
    // The slow candidate is capped at 100 answers a second by its delay; a 1 ms baseline would have to fall
    // under 200 a second for a ratio to reach one half, so machine load cannot flip these bounds.
    const [fastA, fastB, slow] = await Promise.all([serverWithDelay(1), serverWithDelay(1), serverWithDelay(100)]);
    const events: string[] = [];
    try {
      const result = await compareRounds(
        [
          { label: 'a', url: fastA.url, scenario, probe: recordingProbe(events, 'a') },
          { label: 'b', url: fastB.url, scenario },
        ],
        { label: 'slow', url: slow.url, scenario, probe: recordingProbe(events, 'slow') },
        { connections: 10, durationSeconds: 1, warmupSeconds: 0, rounds: 2 },
      );
      expect(result.against).toHaveLength(2);
      for (const pair of result.against) {
        expect(pair.baseline.runs).toHaveLength(2);
        expect(pair.ratio.count).toBe(2);
        expect(pair.ratio.median).toBeGreaterThan(0);
        expect(pair.ratio.median).toBeLessThan(0.5);
      }
      // The candidate's runs are shared: the same figures against both baselines.
      expect(result.against[0]!.candidate).toEqual(result.against[1]!.candidate);
      expect(events).toEqual(['a start', 'a stop', 'slow start', 'slow stop', 'slow start', 'slow stop', 'a start', 'a stop']);
      expect(result.eventLoopP99.candidate).toMatchObject({ min: 1, max: 2, count: 2 });
      expect(result.eventLoopP99.baselines[1]).toBeNull();
    } finally {
      for (const { server } of [fastA, fastB, slow]) server.close();
    }
  });

  it('refuses to measure a side that answers with the wrong status', async () => {
    const fast = await serverWithDelay(1);
    try {
      await expect(
        compareRounds(
          [{ label: 'a', url: fast.url, scenario }],
          { label: 'b', url: fast.url, scenario: { ...scenario, expectStatus: 201 } },
          {
            connections: 1,
            durationSeconds: 1,
            warmupSeconds: 0,
            rounds: 1,
          },
        ),
      ).rejects.toThrow(/expected 201, got 200/);
    } finally {
      fast.server.close();
    }
  });
});
