import type { Logger } from '../ports';
import type { ComponentHealth, HealthApi, HealthCheck, HealthReport } from './health.types';

/** Readiness once `drain()` was called: down, named `shutdown`, without running the checks. */
const DRAINING: HealthReport = { status: 'down', components: { shutdown: { status: 'down', durationMs: 0 } } };

/** Default time a readiness check may take before it counts as down. */
export const DEFAULT_HEALTH_TIMEOUT_MS = 2000;

/**
 * Liveness and readiness over a list of checks. A failing check is logged with its component and
 * the error's code or class name only (a driver message may quote a URL); the report carries
 * the status and the time taken, nothing else.
 */
export class HealthService implements HealthApi {
  private draining = false;

  constructor(
    private readonly checks: readonly HealthCheck[],
    private readonly logger: Logger,
    private readonly timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS,
  ) {}

  live(): HealthReport {
    return { status: 'up', components: {} };
  }

  drain(): void {
    this.draining = true;
  }

  async ready(): Promise<HealthReport> {
    if (this.draining) return DRAINING;
    const results = await Promise.all(this.checks.map(async (check) => [check.name, await this.run(check)] as const));
    const components = Object.fromEntries(results);
    const status = results.every(([, health]) => health.status === 'up') ? 'up' : 'down';
    return { status, components };
  }

  private async run(check: HealthCheck): Promise<ComponentHealth> {
    const started = performance.now();
    const durationMs = () => Math.max(0, Math.round(performance.now() - started));
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(Object.assign(new Error('health check timed out'), { code: 'TIMEOUT' }));
        }, this.timeoutMs);
      });
      await Promise.race([check.check(), timeout]);
      return { status: 'up', durationMs: durationMs() };
    } catch (error) {
      this.logger.warn('roster: health check failed', { component: check.name, error: errorCode(error) });
      return { status: 'down', durationMs: durationMs() };
    } finally {
      clearTimeout(timer);
    }
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(code)) return code;
  return error instanceof Error ? error.name : typeof error;
}
