import express from 'express';
import type { Roster } from '@roster/core';
import type { DialectPlugin } from '@roster/core/http';
import { createRosterRouter } from '@roster/express';
import { listen, type Listening } from '../express/listen';

/** The same dialect on the Express adapter: what the Nest module must answer byte for byte. */
export async function startExpressReference(roster: Roster, dialect: DialectPlugin): Promise<Listening> {
  const app = express();
  app.use(createRosterRouter({ roster, dialects: [dialect] }));
  app.use(express.json());
  return listen(app);
}
