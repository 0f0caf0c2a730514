import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spreadOf } from '../harness/stats';
import { clusterSection } from '../report/cluster-section';
import { runSpreadLoad, splitConnections } from './cluster.suite';

jest.setTimeout(30_000);

describe('splitConnections', () => {
  it('splits the connections as evenly as whole numbers allow', () => {
    expect(splitConnections(10, 3)).toEqual([4, 3, 3]);
    expect(splitConnections(9, 3)).toEqual([3, 3, 3]);
    expect(splitConnections(10, 1)).toEqual([10]);
  });
});

describe('runSpreadLoad', () => {
  const servers: Server[] = [];
  const hits: number[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 3; i++) {
      const server = createServer((_req, res) => {
        hits[i] = (hits[i] ?? 0) + 1;
        res.end('ok');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      servers.push(server);
    }
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });

  it('loads every server at once and adds up their answers', async () => {
    const urls = servers.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`).join(',');
    const result = await runSpreadLoad(
      urls,
      { name: 'root', method: 'GET', path: '/', expectStatus: 200 },
      { connections: 3, durationSeconds: 1 },
    );
    expect(hits.every((count) => count > 0)).toBe(true);
    // Requests still in flight when the run ends reach a server but are not counted: one per connection at most.
    const served = hits.reduce((sum, count) => sum + count, 0);
    expect(result.ok).toBeLessThanOrEqual(served);
    expect(result.ok).toBeGreaterThanOrEqual(served - 3);
    expect(result.failed).toBe(0);
  });
});

describe('clusterSection', () => {
  it('shows both sides and the ratio per route, with no target', () => {
    const side = (rps: number[]) => ({ rps: spreadOf(rps), p50: spreadOf([5]), p99: spreadOf([20]), failed: 0, runs: [] });
    const result = { baseline: side([100, 100]), candidate: side([95, 105]), ratio: spreadOf([0.95, 1.05]) };
    const section = clusterSection({ instances: 3, rows: [{ route: 'get', scenario: 'rest-v1 get one user', result }] });
    expect(section.markdown).toContain(
      '| rest-v1 get one user | 100 (100–100) | 100 (95.0–105) | **1.00** (0.95–1.05) | 20.0 (20.0–20.0) | 20.0 (20.0–20.0) | 0 |',
    );
    expect(section.unmet).toEqual([]);
  });
});
