import type { Server } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { Roster } from '@roster/core';
import { drainHttpServer } from '@roster/core/http';

export interface DrainSettings {
  /** How long readiness answers 503 while requests are still taken (ROSTER_DRAIN_DELAY_MS, default 0). */
  readonly drainDelayMs?: number;
  /** How long requests in flight may take to finish (ROSTER_DRAIN_TIMEOUT_MS, default 10 s). */
  readonly drainTimeoutMs?: number;
  /** Where the steps are told (`roster: draining…`); nowhere when absent. */
  readonly shutdownLog?: (line: string) => void;
}

/**
 * Graceful shutdown of an example host (docs/observability.md): readiness down first, then no
 * new connections and the requests in flight finished (bounded), then `close` (Roster and its stores).
 */
export async function drainThenClose(roster: Roster, server: Server, settings: DrainSettings, close: () => Promise<void>): Promise<void> {
  const log = settings.shutdownLog ?? (() => undefined);
  roster.health.drain();
  log(`roster: draining: readiness is down; still serving for ${settings.drainDelayMs ?? 0} ms`);
  if (settings.drainDelayMs) await delay(settings.drainDelayMs);
  log('roster: draining: no new connections; finishing the requests in flight');
  const cut = await drainHttpServer(server, settings.drainTimeoutMs === undefined ? {} : { timeoutMs: settings.drainTimeoutMs });
  log(cut === 0 ? 'roster: drained' : `roster: drained; ${cut} connection(s) cut at the drain timeout`);
  await close();
}
