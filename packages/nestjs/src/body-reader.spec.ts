import { PassThrough } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DialectPlugin } from '@roster/core/http';
import { createBodyReader, rawBodyOf, urlPath } from './body-reader';
import { normalizeMounts } from './roster-module.options';
import { RosterPaths } from './roster-paths';

const plugin: DialectPlugin = {
  name: 'p',
  routes: [{ method: 'POST', path: '/api/user', name: 'create' }],
  create: () => {
    throw new Error('not made in this test');
  },
};
const paths = new RosterPaths(normalizeMounts([plugin]), () => ({ prefix: '', hasExclusions: false, modulePath: '' }));

function request(url: string, chunks: readonly string[]): IncomingMessage & { _body?: boolean } {
  const stream = new PassThrough() as unknown as IncomingMessage & { _body?: boolean };
  stream.url = url;
  stream.headers = {};
  for (const chunk of chunks) (stream as unknown as PassThrough).write(chunk);
  (stream as unknown as PassThrough).end();
  return stream;
}

describe('the body reader', () => {
  it('reads a Roster request to its end before passing it on, and marks it read', async () => {
    const req = request('/api/user?x=1', ['{"a":', '1}']);
    await new Promise<void>((resolve) => createBodyReader(paths, 100)(req, {} as ServerResponse, resolve));
    expect(req.readableEnded).toBe(true);
    expect(req._body).toBe(true);
    expect(await rawBodyOf(req, 100)).toEqual({ body: Buffer.from('{"a":1}'), tooLarge: false, fromParser: false });
  });

  it('passes other requests on untouched', async () => {
    const req = request('/api/users', ['{}']);
    await new Promise<void>((resolve) => createBodyReader(paths, 100)(req, {} as ServerResponse, resolve));
    expect(req._body).toBeUndefined();
    expect(req.readableEnded).toBe(false);
  });

  it('keeps nothing past the limit', async () => {
    const req = request('/api/user', ['x'.repeat(60), 'y'.repeat(60)]);
    await new Promise<void>((resolve) => createBodyReader(paths, 100)(req, {} as ServerResponse, resolve));
    expect(await rawBodyOf(req, 100)).toEqual({ body: Buffer.alloc(0), tooLarge: true, fromParser: false });
  });
});

describe('rawBodyOf without the reader', () => {
  it('reads the stream itself when nobody did', async () => {
    expect(await rawBodyOf(request('/x', ['abc']), 100)).toEqual({ body: Buffer.from('abc'), tooLarge: false, fromParser: false });
  });

  it.each([
    [{ a: 1 }, '{"a":1}'],
    ['text', 'text'],
    [Buffer.from([1, 2]), '\u0001\u0002'],
    [undefined, ''],
  ])('falls back to what a parser left in req.body (%p)', async (parsed, bytes) => {
    const req = request('/x', []);
    req.resume();
    await new Promise((resolve) => req.on('end', resolve));
    Object.assign(req, { body: parsed });
    expect(await rawBodyOf(req, 100)).toEqual({ body: Buffer.from(bytes), tooLarge: false, fromParser: true });
  });
});

describe('urlPath', () => {
  it.each([
    ['/a/b?c=d', '/a/b'],
    ['/a', '/a'],
    [undefined, '/'],
  ])('%p → %p', (url, path) => {
    expect(urlPath({ url } as IncomingMessage)).toBe(path);
  });
});

describe('the body reader after a parser that consumed the stream', () => {
  it('passes the request on at once, leaving the parsed body to rawBodyOf', async () => {
    const req = request('/api/user', ['{"a":1}']);
    req.resume();
    await new Promise((resolve) => req.on('end', resolve));
    Object.assign(req, { body: { a: 1 } });
    await new Promise<void>((resolve) => createBodyReader(paths, 100)(req, {} as ServerResponse, resolve));
    expect(req._body).toBeUndefined();
    expect(await rawBodyOf(req, 100)).toEqual({ body: Buffer.from('{"a":1}'), tooLarge: false, fromParser: true });
  });
});
