import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { PasswordHasher } from '@roster/core';
import { Pool } from 'pg';
import type { BuiltServer } from '../built-server';
import { limitCreateUser, limitGetUser, limitListUsers, type LimitAnswer, type LimitContext } from './limit-rest-v1.handlers';

const JSON_TYPE = 'application/json; charset=utf-8';
const MAX_BODY_BYTES = 1024 * 1024;
const USER_PATH = /^\/api\/v1\/users\/([^/]+)$/;

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function route(context: LimitContext, req: IncomingMessage): Promise<LimitAnswer> | null {
  const url = new URL(req.url ?? '/', 'http://limit');
  const auth = req.headers.authorization;
  if (url.pathname === '/api/v1/users') {
    if (req.method === 'GET') return limitListUsers(context, auth, url.searchParams);
    if (req.method === 'POST') return readJson(req).then((body) => limitCreateUser(context, auth, body));
    return null;
  }
  const match = USER_PATH.exec(url.pathname);
  if (match !== null && req.method === 'GET') return limitGetUser(context, auth, decodeURIComponent(match[1]!));
  return null;
}

function send(res: ServerResponse, answer: LimitAnswer): void {
  const body = Buffer.from(answer.body, 'utf8');
  res.writeHead(answer.status, { 'Content-Type': JSON_TYPE, 'Content-Length': String(body.length) });
  res.end(body);
}

/**
 * The limit baseline: plain `node:http` and a `pg` Pool of 10 connections (as many as the load
 * has), rest-v1's get, list and create only, nothing between the socket and the SQL but routing.
 */
export function limitServer(databaseUrl: string, hasher: PasswordHasher): BuiltServer & { readonly pool: Pool } {
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const context: LimitContext = { pool, hasher };
  const server = createServer((req, res) => {
    const answering = route(context, req);
    if (answering === null) {
      send(res, { status: 404, body: JSON.stringify({ success: false, message: 'Not found' }) });
      return;
    }
    answering.then(
      (answer) => send(res, answer),
      (error: unknown) => {
        process.stderr.write(`limit: ${String(error)}\n`);
        send(res, { status: 500, body: JSON.stringify({ success: false, message: 'Internal error' }) });
      },
    );
  });
  return { server, pool };
}
