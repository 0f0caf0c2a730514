import type { RouteDescriptor } from '../../dialect-plugin';

export interface HealthPaths {
  /** Default `/roster/health/live`. */
  readonly live?: string;
  /** Default `/roster/health/ready`. */
  readonly ready?: string;
}

export const DEFAULT_HEALTH_PATHS = { live: '/roster/health/live', ready: '/roster/health/ready' } as const;

/** The two GET routes, at the host's paths (static: NestJS declares its controller from them). */
export function healthRoutes(paths: HealthPaths = {}) {
  return [
    { method: 'GET', path: paths.live ?? DEFAULT_HEALTH_PATHS.live, name: 'live' },
    { method: 'GET', path: paths.ready ?? DEFAULT_HEALTH_PATHS.ready, name: 'ready' },
  ] as const satisfies readonly RouteDescriptor[];
}
