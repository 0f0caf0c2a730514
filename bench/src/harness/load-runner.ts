import autocannon from 'autocannon';
import { requestParts, type RequestScenario } from './request-scenario';

export interface LoadOptions {
  readonly connections: number;
  readonly durationSeconds: number;
}

export interface LoadResult {
  /** Answers with the expected status per second of the run. */
  readonly rps: number;
  /** Latency in milliseconds. */
  readonly p50: number;
  readonly p99: number;
  /** Answers with the expected status. */
  readonly ok: number;
  /** Answers with another status, plus connection errors and timeouts. */
  readonly failed: number;
  readonly durationSeconds: number;
}

/**
 * Runs one closed-loop load (autocannon, `connections` clients each with one request in
 * flight) against `baseUrl` for a fixed time. Bodies and headers made per request come from
 * the scenario, so every created user is new.
 */
export async function runLoad(baseUrl: string, scenario: RequestScenario, options: LoadOptions): Promise<LoadResult> {
  let sequence = 0;
  const fixed = requestParts(scenario, 0);
  const dynamic = typeof scenario.body === 'function' || scenario.headersFor !== undefined;
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    requests: [
      {
        method: scenario.method,
        path: scenario.path,
        headers: fixed.headers,
        ...(fixed.body === undefined ? {} : { body: fixed.body }),
        ...(dynamic ? { setupRequest: (request) => ({ ...request, ...requestParts(scenario, (sequence += 1)) }) } : {}),
      },
    ],
  });
  const stats = (result as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
  const ok = stats[String(scenario.expectStatus)]?.count ?? 0;
  const answered = Object.values(stats).reduce((sum, entry) => sum + entry.count, 0);
  const durationSeconds = result.duration > 0 ? result.duration : options.durationSeconds;
  return {
    rps: ok / durationSeconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok,
    failed: answered - ok + result.errors + result.timeouts,
    durationSeconds,
  };
}

/**
 * Sends one request of the scenario and checks its status, so that a misconfigured server
 * fails loudly (with what it answered) instead of producing a fast stream of errors.
 */
export async function checkScenario(baseUrl: string, scenario: RequestScenario): Promise<string> {
  const { body, headers } = requestParts(scenario, 0);
  const response = await fetch(new URL(scenario.path, baseUrl), {
    method: scenario.method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  if (response.status !== scenario.expectStatus) {
    throw new Error(`${scenario.name} at ${baseUrl}: expected ${scenario.expectStatus}, got ${response.status} ${text.slice(0, 300)}`);
  }
  return text;
}
