import { checkScenario } from '../harness/load-runner';
import type { RequestScenario } from '../harness/request-scenario';
import { quantile } from '../harness/stats';

/** What can tell how many SQL statements it has sent (a ServerProcess). */
export interface QueryCounting {
  readonly url: string;
  queries(): Promise<number>;
}

const REQUESTS = 5;

/**
 * SQL round trips one request of the scenario costs the server: its `pg` query count around each
 * of a few requests sent one after the other (nothing else in flight), the median of them, so a
 * write made once a minute (an API key's last use) does not count as a per-request cost.
 */
export async function roundTripsPerRequest(server: QueryCounting, scenario: RequestScenario, requests = REQUESTS): Promise<number> {
  const counts: number[] = [];
  for (let index = 0; index < requests; index += 1) {
    const before = await server.queries();
    await checkScenario(server.url, scenario);
    counts.push((await server.queries()) - before);
  }
  return quantile(
    counts.sort((a, b) => a - b),
    0.5,
  );
}
