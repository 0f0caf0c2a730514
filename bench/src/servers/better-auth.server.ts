import { createServer } from 'node:http';
import express from 'express';
import { toNodeHandler } from 'better-auth/node';
import type { BuiltServer } from './built-server';
import { createBenchAuth } from './better-auth.config';

/** better-auth on Express 5, mounted as its documentation shows (`/api/auth/*splat`, before any body parser). */
export function betterAuthServer(databaseUrl: string): BuiltServer {
  const auth = createBenchAuth(databaseUrl);
  const app = express();
  app.disable('x-powered-by');
  app.all('/api/auth/*splat', toNodeHandler(auth));
  return { server: createServer(app) };
}
