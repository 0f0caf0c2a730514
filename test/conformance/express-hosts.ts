import express from 'express';
import express4 from 'express4';
import { conformanceBootstrap, type StartConformanceHost } from '@roster/testing';
import { startHost, type ExpressModule } from '../../examples/express-host/src/host';

/** The Express versions the example host runs on, and how to start one on a fresh memory store. */
export const EXPRESS_HOSTS: readonly (readonly [string, ExpressModule])[] = [
  ['Express 5', express],
  ['Express 4', express4],
];

export function startExpressHost(name: string, expressModule: ExpressModule): StartConformanceHost {
  return async () => {
    const host = await startHost({ port: 0, bootstrap: conformanceBootstrap, databaseUrl: 'memory', express: expressModule });
    return { name, baseUrl: host.baseUrl, close: host.close };
  };
}
