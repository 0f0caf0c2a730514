import { createServer } from 'node:http';
import express from 'express';
import { createRosterRouter } from '@roster/express';
import type { BuiltServer } from './built-server';
import { ALL_DIALECTS } from './roster-dialects';
import type { RosterEnvironment } from './roster-environment';

/** Roster on Express 5: `createRosterRouter` with the four dialects, nothing else. */
export function rosterExpressServer(env: RosterEnvironment): BuiltServer {
  const app = express();
  app.disable('x-powered-by');
  app.use(createRosterRouter({ roster: env.roster, dialects: ALL_DIALECTS }));
  return { server: createServer(app) };
}
