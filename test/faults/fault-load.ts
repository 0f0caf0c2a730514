import { sendRequest, type WireRequest } from '@roster/testing';
import type { OutageDialect } from './outage-dialects';

/** One request of the load and what came back (status 0: no answer within the timeout, or the connection failed). */
export interface Outcome {
  readonly dialect: string;
  readonly kind: 'create' | 'other';
  /** The e-mail a create asked for. */
  readonly email?: string;
  readonly started: number;
  readonly ended: number;
  readonly status: number;
  readonly type: string;
  readonly text: string;
}

export interface LoadOptions {
  readonly baseUrl: string;
  readonly dialects: readonly OutageDialect[];
  readonly existing: { readonly id: number; readonly publicId: string; readonly email: string };
  /** Concurrent clients (default 4). */
  readonly clients?: number;
  /** Most creates in the whole run (the tenant has 1,000 seats); reads and updates go on after. */
  readonly maxCreates?: number;
  /** A request without an answer after this long counts as hung (default 10 s). */
  readonly timeoutMs?: number;
}

async function timed(baseUrl: string, wire: WireRequest, timeoutMs: number): Promise<{ status: number; type: string; text: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ status: number; type: string; text: string }>((resolve) => {
    timer = setTimeout(() => resolve({ status: 0, type: '', text: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  const answer = sendRequest(baseUrl, wire).then(
    (response) => ({ status: response.status, type: String(response.headers['content-type'] ?? ''), text: response.text }),
    (error: unknown) => ({ status: 0, type: '', text: `connection failed: ${String(error)}` }),
  );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Bounded load: `clients` loops, each sending the dialects' creates and reads in turn until
 * `stop()`; every outcome is kept with its start and end time, so a test can judge each one
 * against what the database was doing then.
 */
export function startLoad(options: LoadOptions): { readonly outcomes: readonly Outcome[]; stop(): Promise<readonly Outcome[]> } {
  const outcomes: Outcome[] = [];
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxCreates = options.maxCreates ?? 600;
  let running = true;
  let sent = 0;
  let creates = 0;
  const client = async (): Promise<void> => {
    while (running) {
      const n = sent++;
      const dialect = options.dialects[n % options.dialects.length]!;
      const create = Math.floor(n / options.dialects.length) % 2 === 0 && creates < maxCreates;
      if (create) creates++;
      const email = `load${n}.${dialect.name}@example.com`;
      const wire = create ? dialect.create(email) : dialect.other(options.existing);
      const started = Date.now();
      const answer = await timed(options.baseUrl, wire, timeoutMs);
      outcomes.push({
        dialect: dialect.name,
        kind: create ? 'create' : 'other',
        ...(create ? { email } : {}),
        started,
        ended: Date.now(),
        ...answer,
      });
    }
  };
  const clients = Array.from({ length: options.clients ?? 4 }, client);
  return {
    outcomes,
    stop: async () => {
      running = false;
      await Promise.all(clients);
      return outcomes;
    },
  };
}
