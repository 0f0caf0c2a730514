import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { comparePaired } from './paired-comparison';
import type { RequestScenario } from './request-scenario';

/** A server that answers after `delayMs`, so its throughput at 10 connections is about 10 000 / delayMs. */
async function serverWithDelay(delayMs: number): Promise<{ server: Server; url: string }> {
  const server = createServer((_req, res) => setTimeout(() => res.end('ok'), delayMs));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const scenario: RequestScenario = { name: 'ok', method: 'GET', path: '/', expectStatus: 200 };

describe('comparePaired', () => {
  jest.setTimeout(30_000);

  it('measures both sides in each round and gives the candidate/baseline ratio', async () => {
    // The slow side is capped by its delay (10 connections / 100 ms = at most 100 answers a
    // second, however idle the machine); the fast side would have to fall under 200 a second
    // for the ratio to reach one half, so machine load cannot flip these bounds.
    const fast = await serverWithDelay(1);
    const slow = await serverWithDelay(100);
    try {
      const result = await comparePaired(
        { label: 'fast', url: fast.url, scenario },
        { label: 'slow', url: slow.url, scenario },
        { connections: 10, durationSeconds: 1, warmupSeconds: 0, rounds: 2 },
      );
      expect(result.baseline.runs).toHaveLength(2);
      expect(result.candidate.runs).toHaveLength(2);
      expect(result.ratio.count).toBe(2);
      expect(result.ratio.median).toBeLessThan(0.5);
      expect(result.ratio.median).toBeGreaterThan(0);
      expect(result.candidate.p50.median).toBeGreaterThanOrEqual(100);
    } finally {
      fast.server.close();
      slow.server.close();
    }
  });

  it('refuses to measure a side that answers with the wrong status', async () => {
    const fast = await serverWithDelay(1);
    try {
      await expect(
        comparePaired(
          { label: 'a', url: fast.url, scenario },
          { label: 'b', url: fast.url, scenario: { ...scenario, expectStatus: 201 } },
          { connections: 1, durationSeconds: 1, warmupSeconds: 0, rounds: 1 },
        ),
      ).rejects.toThrow(/expected 201, got 200/);
    } finally {
      fast.server.close();
    }
  });
});
