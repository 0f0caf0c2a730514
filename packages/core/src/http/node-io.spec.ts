import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readRawBody, toRosterRequest, writeRosterResponse } from './node-io';
import type { RosterRequest } from './http.types';

/** A bare Node server that echoes the neutral request it built, through the shared I/O. */
async function withServer(limit: number, run: (port: number) => Promise<void>): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- a test server: a failing handler shows as a failed request
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const rawBody = await readRawBody(req, limit);
    const neutral: RosterRequest = toRosterRequest(req, { path: '/p', rawBody });
    const status = neutral.bodyTooLarge ? 413 : neutral.method === 'DELETE' ? 204 : 200;
    writeRosterResponse(res, {
      status,
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ ...neutral, body: neutral.body.toString('utf8') }),
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    await run((server.address() as AddressInfo).port);
  } finally {
    await new Promise((r) => server.close(r));
  }
}

function send(port: number, method: string, path: string, body?: Buffer, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; text: string }>((resolve, reject) => {
    const req = request({ port, method, path, headers, host: '127.0.0.1' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('node I/O', () => {
  it('builds the neutral request: method, query, UTF-8 headers, raw body', async () => {
    await withServer(100, async (port) => {
      const answer = await send(port, 'post', '/p?a=1&a=2&b=%C3%A9', Buffer.from('{"x":1}'), {
        'X-Name': Buffer.from('Zoë', 'utf8').toString('latin1'),
      });
      const seen = JSON.parse(answer.text);
      expect(seen.method).toBe('POST');
      expect(seen.query).toEqual({ a: ['1', '2'], b: 'é' });
      expect(seen.headers['x-name']).toBe('Zoë');
      expect(seen.body).toBe('{"x":1}');
      expect(answer.headers['content-length']).toBe(String(Buffer.byteLength(answer.text)));
    });
  });

  it('flags a body over the limit and still answers', async () => {
    await withServer(100, async (port) => {
      const answer = await send(port, 'POST', '/p', Buffer.alloc(101, 'a'));
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.text)).toMatchObject({ bodyTooLarge: true, body: '' });
    });
  });

  it('sends no body and no Content-Length on 204', async () => {
    await withServer(100, async (port) => {
      const answer = await send(port, 'DELETE', '/p');
      expect(answer.status).toBe(204);
      expect(answer.text).toBe('');
      expect(answer.headers['content-length']).toBeUndefined();
    });
  });
});
