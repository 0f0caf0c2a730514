import { PassThrough } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { compileRoute, matchRoute, readNodeBody } from '@roster/core/http';
import { createBodyReader, takeMatch, urlPath } from './body-reader';
import { RosterPaths } from './roster-paths';

const routes = [
  compileRoute({ method: 'POST', path: '/api/user', name: 'create', handle: async () => ({ status: 200, headers: {}, body: '' }) }),
];
const lookup = jest.fn((method: string, path: string) => matchRoute(routes, method, path));
const paths = new RosterPaths([{ prefix: '', match: lookup }], () => ({ prefix: '', hasExclusions: false, modulePath: '' }));

function request(url: string, chunks: readonly string[], method = 'POST'): IncomingMessage & { _body?: boolean } {
  const stream = new PassThrough() as unknown as IncomingMessage & { _body?: boolean };
  stream.url = url;
  stream.method = method;
  stream.headers = {};
  for (const chunk of chunks) (stream as unknown as PassThrough).write(chunk);
  (stream as unknown as PassThrough).end();
  return stream;
}

const pass = (req: IncomingMessage) => new Promise<void>((resolve) => createBodyReader(paths, 100)(req, {} as ServerResponse, resolve));

beforeEach(() => lookup.mockClear());

describe('the body reader', () => {
  it('reads a matched request to its end before passing it on, and marks it read', async () => {
    const req = request('/api/user?x=1', ['{"a":', '1}']);
    await pass(req);
    expect(req.readableEnded).toBe(true);
    expect(req._body).toBe(true);
    expect(await readNodeBody(req, 100)).toEqual({ body: Buffer.from('{"a":1}'), tooLarge: false, fromParser: false });
  });

  it('passes other paths and other methods on untouched', async () => {
    for (const req of [request('/api/users', ['{}']), request('/api/user', ['{}'], 'PUT')]) {
      await pass(req);
      expect(req._body).toBeUndefined();
      expect(req.readableEnded).toBe(false);
    }
  });

  it('keeps nothing past the limit', async () => {
    const req = request('/api/user', ['x'.repeat(60), 'y'.repeat(60)]);
    await pass(req);
    expect(await readNodeBody(req, 100)).toEqual({ body: Buffer.alloc(0), tooLarge: true, fromParser: false });
  });

  it('matches once: the handler takes the match the reader made', async () => {
    const req = request('/api/user', ['{}']);
    await pass(req);
    expect(takeMatch(req, paths, 0)).toMatchObject({ index: 0, path: '/api/user', match: { route: { name: 'create' } } });
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('tells the handler that nothing matched without looking again', async () => {
    const req = request('/elsewhere', []);
    await pass(req);
    expect(takeMatch(req, paths, 0)).toBeNull();
    expect(lookup).toHaveBeenCalledTimes(1);
  });

  it('leaves the match to the handler when it did not run', () => {
    expect(takeMatch(request('/api/user', []), paths, 0)).toMatchObject({ path: '/api/user' });
    expect(lookup).toHaveBeenCalledTimes(1);
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
  it('passes the request on at once, leaving the parsed body to readNodeBody', async () => {
    const req = request('/api/user', ['{"a":1}']);
    req.resume();
    await new Promise((resolve) => req.on('end', resolve));
    Object.assign(req, { body: { a: 1 } });
    await pass(req);
    expect(req._body).toBeUndefined();
    expect(await readNodeBody(req, 100)).toEqual({ body: Buffer.from('{"a":1}'), tooLarge: false, fromParser: true });
  });
});
