import type { NestExpressApplication } from '@nestjs/platform-express';
import { conformanceBootstrap, type StartConformanceHost } from '@roster/testing';
import { rosterRoutes } from '@roster/nestjs';
import { hostDialects } from '../../examples/nestjs-host/src/host-dialects';
import { startNestHost } from '../../examples/nestjs-host/src/nest-host';
import { loadedNestVersion } from '../nestjs/nest-version';
import { applyTypicalHost } from '../nestjs/typical-host';

type Configure = ((app: NestExpressApplication) => void) | undefined;

const major = loadedNestVersion().split('.')[0];

/**
 * The NestJS hosts the conformance suite runs against, on the NestJS version of the jest
 * project (11 or 12): the example host as it ships, and a "typical host" — the example plus a
 * strict global ValidationPipe, a catch-all global exception filter, a global guard and the
 * global prefix `api`, from which the dialect routes are excluded with `rosterRoutes()` so that
 * they keep their wire paths.
 */
export const NEST_HOSTS: readonly (readonly [string, Configure])[] = [
  [`NestJS ${major} example host`, undefined],
  [`NestJS ${major} typical host`, (app) => void applyTypicalHost(app, { exclude: rosterRoutes(hostDialects(1000)) })],
];

export function startNestConformanceHost(name: string, configure: Configure): StartConformanceHost {
  return async () => {
    const host = await startNestHost({ port: 0, bootstrap: conformanceBootstrap, databaseUrl: 'memory', configure });
    return { name, baseUrl: host.baseUrl, close: host.close };
  };
}
