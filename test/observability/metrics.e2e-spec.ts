import { sendRequest } from '@roster/testing';
import { ADMIN_KEY, METRICS_TOKEN, startMetricsHost, type MetricsHost } from './metrics-host';
import { sampleValue } from './metrics-sample';

/**
 * Prometheus metrics over HTTP (docs/observability.md): requests are made, then /roster/metrics
 * is scraped and read as the text format. Counts and histograms move; label values are route
 * templates and fixed names, never a raw path, an id or a credential; the scrape needs its token.
 */
jest.setTimeout(30_000);

let host: MetricsHost;
beforeAll(async () => {
  host = await startMetricsHost(6);
});
afterAll(() => host.close());

const auth = { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' };
const create = (email: string) =>
  sendRequest(host.baseUrl, { method: 'POST', path: '/api/v1/users', headers: auth, body: JSON.stringify({ email, name: 'Metered' }) });

async function scrape(): Promise<string> {
  const answer = await sendRequest(host.baseUrl, {
    method: 'GET',
    path: '/roster/metrics',
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(answer.status).toBe(200);
  expect(answer.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return answer.text;
}

describe('metrics at /roster/metrics', () => {
  it('refuses a scrape without the token, or with another one (401), and names no metric', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong' }, { authorization: `Bearer ${ADMIN_KEY}` }];
    for (const headers of attempts) {
      const answer = await sendRequest(host.baseUrl, { method: 'GET', path: '/roster/metrics', headers });
      expect(answer.status).toBe(401);
      expect(answer.text).not.toContain('roster_');
    }
  });

  it('counts requests by route template, times them, counts store calls and both limits’ refusals', async () => {
    const before = await scrape();
    const created = await create('first@metrics.example.com');
    expect(created.status).toBe(201);
    const id = (JSON.parse(created.text) as { data: { id: string } }).data.id;
    expect((await sendRequest(host.baseUrl, { method: 'GET', path: `/api/v1/users/${id}`, headers: auth })).status).toBe(200);
    expect((await create('second@metrics.example.com')).status).toBe(201);
    // Two seats: the third create is refused.
    expect((await create('third@metrics.example.com')).status).toBe(403);
    // The key has used 4 of its 6; the seventh request and after are rate-limited.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await sendRequest(host.baseUrl, { method: 'GET', path: '/api/v1/users', headers: auth })).status);
    expect(statuses).toEqual([200, 200, 429, 429]);

    const after = await scrape();
    const moved = (name: string, labels: Record<string, string>) => sampleValue(after, name, labels) - sampleValue(before, name, labels);
    const rest = { dialect: 'rest-v1' };
    expect(moved('roster_requests_total', { ...rest, route: '/api/v1/users', method: 'POST', status: '201' })).toBe(2);
    expect(moved('roster_requests_total', { ...rest, route: '/api/v1/users/:user_id', method: 'GET', status: '200' })).toBe(1);
    expect(moved('roster_requests_total', { ...rest, route: '/api/v1/users', method: 'GET', status: '429' })).toBe(2);
    expect(moved('roster_request_duration_seconds_count', { ...rest, route: '/api/v1/users', method: 'POST' })).toBe(3);
    expect(moved('roster_request_duration_seconds_bucket', { ...rest, route: '/api/v1/users', method: 'POST', le: '+Inf' })).toBe(3);
    expect(moved('roster_refusals_total', { ...rest, route: '/api/v1/users', reason: 'seat_limit' })).toBe(1);
    expect(moved('roster_refusals_total', { ...rest, route: '/api/v1/users', reason: 'rate_limit' })).toBe(2);
    expect(moved('roster_store_calls_total', { store: 'users', operation: 'insert', outcome: 'ok' })).toBeGreaterThanOrEqual(2);
    expect(moved('roster_store_calls_total', { store: 'unitOfWork', operation: 'run', outcome: 'ok' })).toBeGreaterThanOrEqual(2);

    // No raw path, id, e-mail or credential in any label value.
    expect(after).not.toContain(id);
    expect(after).not.toContain('metrics.example.com');
    expect(after).not.toContain(ADMIN_KEY);
    expect(after).not.toContain(METRICS_TOKEN);
    // Scrapes are not counted.
    expect(after).not.toContain('dialect="metrics"');
  });

  it('an unknown method is labelled OTHER, not by what the client sent', async () => {
    await sendRequest(host.baseUrl, { method: 'PROPFIND', path: '/api/v1/users', headers: auth });
    const text = await scrape();
    expect(text).not.toContain('PROPFIND');
    expect(text).toMatch(/roster_requests_total\{[^}]*method="OTHER"/);
  });
});
