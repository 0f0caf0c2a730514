import { Webhook } from 'standardwebhooks';
import type {
  Clock,
  IdGenerator,
  Logger,
  RosterMetrics,
  WebhookAttemptOutcome,
  WebhookEndpoint,
  WebhookEndpointStore,
  WebhookOutboxEntry,
} from '../ports';
import { MAX_DELIVERY_ATTEMPTS, responseSnippet, retryDelayMs } from '../rules/webhook-delivery.rules';
import { checkWebhookUrl, type WebhookHostResolver } from './webhook-url-check';

/** How `roster.startWebhookDelivery()` runs. */
export interface WebhookDeliveryOptions {
  /** Pause between rounds when nothing was due (default 1000 ms). */
  readonly pollIntervalMs?: number;
  /** Per-attempt timeout (default 10 000 ms). */
  readonly timeoutMs?: number;
  /** How long a claimed endpoint stays this worker's (default 60 000 ms; more than a few attempts). */
  readonly leaseMs?: number;
  /** Jitter source of the retry delays (default `Math.random`). */
  readonly random?: () => number;
}

export interface WebhookDeliveryHandle {
  /** One round now: delivers what is due; resolves with the number of attempts made. */
  runOnce(): Promise<number>;
  /** Stops polling and resolves once the deliveries in flight have finished. */
  stop(): Promise<void>;
}

export interface WebhookWorkerDeps {
  readonly store: WebhookEndpointStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly logger: Logger;
  readonly allowLoopback: boolean;
  readonly resolveHost?: WebhookHostResolver;
  /** Told of every attempt's outcome and each delivered entry's lag (docs/observability.md). */
  readonly metrics?: RosterMetrics | null;
}

/** What a post came back with: the status, or why there was none. */
interface Answer {
  readonly status: number | null;
  readonly snippet: string;
  readonly failure?: 'timeout' | 'network_error' | 'refused';
}

/** The metric outcome of an attempt: the status class, or why no answer came. */
export function attemptOutcome(answer: Pick<Answer, 'status' | 'failure'>): WebhookAttemptOutcome {
  if (answer.status === null) return answer.failure ?? 'network_error';
  if (answer.status >= 200 && answer.status < 300) return 'delivered';
  if (answer.status >= 500) return 'http_5xx';
  if (answer.status >= 400) return 'http_4xx';
  return 'http_3xx';
}

const BATCH = 10;

/** The signing secrets in force: the current one, and the previous one during a rotation's grace. */
function secretsOf(endpoint: WebhookEndpoint, now: Date): string[] {
  const previous =
    endpoint.previousSecret !== null && endpoint.previousSecretExpiresAt !== null && endpoint.previousSecretExpiresAt > now
      ? [endpoint.previousSecret]
      : [];
  return [endpoint.secret, ...previous];
}

/** Signs per Standard Webhooks with `standardwebhooks` (one `v1,` signature per secret, space-separated). */
export function signWebhook(secrets: readonly string[], messageId: string, at: Date, payload: string): Record<string, string> {
  const signature = secrets.map((secret) => new Webhook(secret).sign(messageId, at, payload)).join(' ');
  return { 'webhook-id': messageId, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': signature };
}

type Outcome = 'delivered' | 'failed' | 'gone';

/**
 * Relays the outbox: claims one endpoint at a time (a lease: one worker delivers an endpoint's
 * events, oldest first), posts each due entry, logs every attempt; a failure keeps the endpoint
 * unclaimable until its retry time, so later events wait behind it; 410 disables the endpoint.
 */
export class WebhookDeliveryWorker implements WebhookDeliveryHandle {
  private readonly owner: string;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    private readonly deps: WebhookWorkerDeps,
    private readonly options: WebhookDeliveryOptions = {},
  ) {
    this.owner = `whwk_${deps.ids.id()}`;
  }

  start(): this {
    this.schedule(0);
    return this;
  }

  runOnce(): Promise<number> {
    if (this.running !== null) return this.running;
    const round = this.round().finally(() => {
      this.running = null;
    });
    this.running = round;
    return round;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => 0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runOnce()
        .catch((error: unknown) => {
          this.deps.logger.error('a webhook delivery round failed', { error: error instanceof Error ? error.message : String(error) });
          return 0;
        })
        .then((attempts) => this.schedule(attempts > 0 ? 0 : (this.options.pollIntervalMs ?? 1000)));
    }, delay);
    this.timer.unref();
  }

  private async round(): Promise<number> {
    let attempts = 0;
    const leaseMs = this.options.leaseMs ?? 60_000;
    while (!this.stopped) {
      const now = this.deps.clock.now();
      const endpoint = await this.deps.store.claimEndpoint(this.owner, now, new Date(now.getTime() + leaseMs));
      if (endpoint === null) break;
      attempts += await this.deliverEndpoint(endpoint);
    }
    return attempts;
  }

  private async deliverEndpoint(endpoint: WebhookEndpoint): Promise<number> {
    let notBefore: Date | null = null;
    let attempts = 0;
    try {
      for (const entry of await this.deps.store.pendingEntries(endpoint.id, BATCH)) {
        if (this.stopped) break;
        const outcome = await this.attempt(endpoint, entry);
        attempts += 1;
        if (outcome === 'delivered') continue;
        if (outcome === 'gone') break;
        const failures = entry.attemptCount + 1;
        if (failures >= MAX_DELIVERY_ATTEMPTS) continue;
        notBefore = new Date(this.deps.clock.now().getTime() + retryDelayMs(failures, this.options.random));
        break;
      }
    } finally {
      await this.deps.store.releaseEndpoint(endpoint.id, this.owner, notBefore);
    }
    return attempts;
  }

  private async attempt(endpoint: WebhookEndpoint, entry: WebhookOutboxEntry): Promise<Outcome> {
    const started = this.deps.clock.now();
    const begin = performance.now();
    const answer = await this.post(endpoint, entry, started);
    const latencyMs = Math.max(0, Math.round(performance.now() - begin));
    const outcome: Outcome =
      answer.status === 410 ? 'gone' : answer.status !== null && answer.status >= 200 && answer.status < 300 ? 'delivered' : 'failed';
    const failures = entry.attemptCount + (outcome === 'delivered' ? 0 : 1);
    this.deps.metrics?.recordWebhookAttempt?.({
      outcome: attemptOutcome(answer),
      lagSeconds: outcome === 'delivered' ? Math.max(0, this.deps.clock.now().getTime() - entry.createdAt.getTime()) / 1000 : null,
    });
    await this.deps.store.appendDelivery({
      id: `whdl_${started.getTime().toString(36).padStart(9, '0')}${this.deps.ids.id()}`,
      endpointId: endpoint.id,
      messageId: entry.id,
      eventId: entry.eventId,
      attempt: entry.attemptCount + 1,
      attemptedAt: started,
      status: answer.status,
      latencyMs,
      responseSnippet: answer.snippet,
      outcome,
    });
    if (outcome === 'delivered') await this.deps.store.updateEntry(entry.id, { status: 'delivered', attemptCount: entry.attemptCount });
    else
      await this.deps.store.updateEntry(entry.id, {
        status: failures >= MAX_DELIVERY_ATTEMPTS ? 'failed' : 'pending',
        attemptCount: failures,
      });
    if (outcome === 'gone') {
      await this.deps.store.update(endpoint.tenantId, endpoint.id, {
        enabled: false,
        disabledReason: 'gone',
        updatedAt: this.deps.clock.now(),
      });
    }
    return outcome;
  }

  /** Checks the URL again (DNS answers change), then posts with a timeout. Never throws. */
  private async post(endpoint: WebhookEndpoint, entry: WebhookOutboxEntry, at: Date): Promise<Answer> {
    const check = await checkWebhookUrl(
      endpoint.url,
      { allowLoopback: this.deps.allowLoopback },
      ...(this.deps.resolveHost ? [this.deps.resolveHost] : []),
    );
    if (!check.ok) return { status: null, snippet: `refused: ${check.problem}`, failure: 'refused' };
    try {
      const response = await fetch(check.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signWebhook(secretsOf(endpoint, at), entry.id, at, entry.payload) },
        body: entry.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
      const body = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, snippet: responseSnippet(body) };
    } catch (error) {
      // The timeout's DOMException may come from another realm than this module's Error: read its name.
      const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
      const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
      return {
        status: null,
        snippet: typeof message === 'string' ? message.slice(0, 256) : 'failed',
        failure: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network_error',
      };
    }
  }
}
