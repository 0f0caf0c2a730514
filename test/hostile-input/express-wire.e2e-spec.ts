import { request as httpRequest } from 'node:http';
import { conformanceBootstrap, capturingLogger, sendRequest } from '@roster/testing';
import { startHost, type RunningHost } from '../../examples/express-host/src/host';
import { exchangeRaw, head } from './raw-http';
import { WIRE_DIALECTS, type WireDialect } from './wire-dialects';

/**
 * What only the wire shows, against the real Express host (examples/express-host): bodies over
 * 1 MiB sent chunked, headers over Node's limit, invalid UTF-8 and NUL bytes where a client
 * should not put them. Every exchange is bounded in time; the host must keep answering after each.
 */

const MiB = 1024 * 1024;

/** Sends `size` bytes chunked (no Content-Length), so the limit is found while reading. */
function sendChunked(baseUrl: string, dialect: WireDialect, size: number): Promise<{ status: number; type: string; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      new URL(dialect.write.path, baseUrl),
      { method: dialect.write.method, headers: dialect.write.headers, agent: false, timeout: 10_000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new RangeError('no answer within 10 s')));
    req.on('error', reject);
    const piece = Buffer.alloc(64 * 1024, 'a');
    for (let sent = 0; sent < size; sent += piece.length) req.write(piece.subarray(0, Math.min(piece.length, size - sent)));
    req.end();
  });
}

describe('hostile input on the wire (Express host)', () => {
  let host: RunningHost;
  const log = capturingLogger();

  beforeAll(async () => {
    host = await startHost({ port: 0, bootstrap: conformanceBootstrap, databaseUrl: 'memory', logger: log.logger });
  });
  afterAll(() => host.close());

  /** The host still answers a plain request promptly. */
  const stillServing = async () => {
    const answer = await exchangeRaw(host.port, head('GET', '/health', {}), 2000);
    expect(answer.answer?.status).toBe(200);
  };

  describe.each(WIRE_DIALECTS.map((dialect) => [dialect.name, dialect] as const))('%s', (_name, dialect) => {
    it('a body over 1 MiB, chunked (no Content-Length) → 413 in its own words', async () => {
      const answer = await sendChunked(host.baseUrl, dialect, MiB + 1);
      expect([answer.status, answer.type, answer.text]).toEqual([413, dialect.contentType, dialect.tooLarge]);
    });

    it('a body of exactly 1 MiB is read, not refused', async () => {
      const answer = await sendChunked(host.baseUrl, dialect, MiB);
      expect(answer.status).not.toBe(413);
      expect(answer.status).toBeLessThan(500);
    });

    it('a body that is not UTF-8 → its clean 4xx (ispring ignores bodies)', async () => {
      const body = Buffer.concat([
        Buffer.from('{"email":"bad'),
        Buffer.from([0xff, 0xfe, 0xc0, 0xaf]),
        Buffer.from('@example.com","name":"x"}'),
      ]);
      const answer = await sendRequest(host.baseUrl, {
        method: dialect.write.method,
        path: dialect.write.path,
        headers: dialect.write.headers,
        body,
      });
      expect(answer.headers['content-type']).toBe(dialect.contentType);
      if (dialect.invalidBody === null) expect(answer.status).toBeLessThan(500);
      else {
        expect(answer.status).toBe(dialect.invalidBody.status);
        expect(answer.text).toMatch(dialect.invalidBody.text);
      }
    });

    it.each([
      ['65 levels', 65],
      ['100,000 levels', 100_000],
    ])('JSON nested %s deep → its answer for an invalid body', async (_name, depth) => {
      const body = `{"email":"deep@example.com","name":${'['.repeat(depth)}"x"${']'.repeat(depth)}}`;
      const answer = await sendRequest(host.baseUrl, {
        method: dialect.write.method,
        path: dialect.write.path,
        headers: dialect.write.headers,
        body,
      });
      expect(answer.headers['content-type']).toBe(dialect.contentType);
      if (dialect.invalidBody === null) expect(answer.status).toBeLessThan(500);
      else {
        expect(answer.status).toBe(dialect.invalidBody.status);
        expect(answer.text).toMatch(dialect.invalidBody.text);
      }
    });

    it('invalid UTF-8 bytes in a credential header → its clean 4xx', async () => {
      const raw = head(dialect.write.method, dialect.write.path, { ...dialect.badCredentials, 'Content-Length': '2' });
      const { answer } = await exchangeRaw(host.port, `${raw}{}`);
      expect([answer?.status, answer?.headers['content-type'], answer?.text]).toEqual([
        dialect.badCredentialsAnswer.status,
        dialect.contentType,
        dialect.badCredentialsAnswer.text,
      ]);
    });

    it('12 KiB of headers (under Node’s 16 KiB limit) → its own answer, never a 5xx', async () => {
      const headers = {
        ...dialect.write.headers,
        'X-Fields-Xml': `<fields><first_name>${'é'.repeat(3000)}</first_name></fields>`,
        'X-Pad': 'x'.repeat(6 * 1024),
      };
      const answer = await sendRequest(host.baseUrl, { method: dialect.write.method, path: dialect.write.path, headers, body: '{}' });
      expect(answer.status).toBeGreaterThanOrEqual(200);
      expect(answer.status).toBeLessThan(500);
      expect(answer.headers['content-type']).toBe(dialect.contentType);
    });

    if (dialect.nulId !== null) {
      const { path, text } = dialect.nulId;
      it(`%00 as the id (${path}) → its 404`, async () => {
        const answer = await sendRequest(host.baseUrl, { method: 'GET', path, headers: dialect.write.headers });
        expect([answer.status, answer.headers['content-type'], answer.text]).toEqual([404, dialect.contentType, text]);
      });
    }
  });

  describe('what Node refuses before any dialect sees it', () => {
    it('a header over Node’s 16 KiB limit → 431 from Node (not a dialect answer), and the host keeps serving', async () => {
      const { answer } = await exchangeRaw(host.port, head('POST', '/api/v1/users', { Authorization: `Bearer ${'k'.repeat(20 * 1024)}` }));
      expect(answer?.status).toBe(431);
      await stillServing();
    });

    it.each([
      ['a NUL byte in a header value', head('GET', '/user', { 'X-Auth-Email': 'a\u0000b' })],
      ['a control character in a header value', head('GET', '/user', { 'X-Auth-Email': 'a\u0001b' })],
      ['a NUL byte in the request line', 'GET /user/\u0000 HTTP/1.1\r\nHost: x\r\n\r\n'],
      ['a request line that is not HTTP', '\u0000\u0001\u0002 garbage\r\n\r\n'],
    ])('%s → 400 from Node’s parser, and the host keeps serving', async (_name, raw) => {
      const { answer } = await exchangeRaw(host.port, raw);
      expect(answer?.status).toBe(400);
      await stillServing();
    });
  });

  it('logged no unexpected error and no secret through all of it', () => {
    const errors = log.entries.filter((entry) => entry.level === 'error');
    expect(errors).toEqual([]);
  });
});
