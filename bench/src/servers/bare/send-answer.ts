import type { ServerResponse } from 'node:http';
import { CONTENT_TYPES, type BareAnswer } from './bare-context';

/** Writes a baseline answer the lean way (no ETag, no serializer): the fairest bar for Roster. */
export function sendAnswer(res: ServerResponse, answer: BareAnswer): void {
  const body = Buffer.from(answer.body, 'utf8');
  res.writeHead(answer.status, { 'Content-Type': CONTENT_TYPES[answer.type], 'Content-Length': String(body.length), ...answer.headers });
  res.end(body);
}
