import { createServer } from 'node:http';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { BuiltServer } from '../built-server';
import type { BareAnswer, BareContext } from './bare-context';
import { courselitCreateUser } from './bare-courselit.handlers';
import { ispringCreateUser, ispringGetUser, ispringListUsers } from './bare-ispring.handlers';
import { objectiveCreateUser, objectiveGetUser } from './bare-objective.handlers';
import { restV1CreateUser, restV1GetUser, restV1ListUsers } from './bare-rest-v1.handlers';
import { sendAnswer } from './send-answer';

type Answering = (req: Request) => Promise<BareAnswer>;

const route =
  (answering: Answering): RequestHandler =>
  (req: Request, res: Response, next: NextFunction) => {
    answering(req).then((answer) => sendAnswer(res, answer), next);
  };

/** The baseline on Express 5: hand-written routes for the same paths, express.json() for bodies. */
export function bareExpressServer(context: BareContext): BuiltServer {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));
  const auth = (req: Request): string | undefined => req.headers.authorization;
  const param = (req: Request, name: string): string => String(req.params[name]);
  const query = (req: Request) => req.query as Record<string, string | undefined>;
  app.get(
    '/api/v1/users',
    route((req) => restV1ListUsers(context, auth(req), query(req))),
  );
  app.post(
    '/api/v1/users',
    route((req) => restV1CreateUser(context, auth(req), req.body)),
  );
  app.get(
    '/api/v1/users/:id',
    route((req) => restV1GetUser(context, auth(req), param(req, 'id'))),
  );
  app.get(
    '/user',
    route((req) => ispringListUsers(context, req.headers)),
  );
  app.post(
    '/user',
    route((req) => ispringCreateUser(context, req.headers)),
  );
  app.get(
    '/user/:id',
    route((req) => ispringGetUser(context, req.headers, param(req, 'id'))),
  );
  app.post(
    '/api/users',
    route((req) => objectiveCreateUser(context, auth(req), req.body)),
  );
  app.get(
    '/api/users/:id',
    route((req) => objectiveGetUser(context, auth(req), param(req, 'id'))),
  );
  app.post(
    '/api/user',
    route((req) => courselitCreateUser(context, req.headers['domain'] as string | undefined, req.body)),
  );
  return { server: createServer(app) };
}
