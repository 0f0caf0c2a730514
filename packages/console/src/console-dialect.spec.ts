import { SilentLogger, type Roster } from '@roster/core';
import type { RosterRequest } from '@roster/core/http';
import { consoleAt, relativeUrl } from './console-dialect';

const roster = { logger: new SilentLogger() } as unknown as Roster;
const assets = {
  files: new Map([
    ['index.html', { contentType: 'text/html; charset=utf-8', body: Buffer.from('<meta content="%ROSTER_API%">') }],
    ['app.js', { contentType: 'text/javascript; charset=utf-8', body: Buffer.from('1') }],
  ]),
};
const request = (method: string, path: string): RosterRequest => ({ method, path, query: {}, headers: {}, body: Buffer.alloc(0) });

describe('consoleAt', () => {
  it('answers the page with the API URL relative to it, and nothing of the role catalog', async () => {
    const dialect = consoleAt({ path: '/admin', assets }).create(roster);
    const page = await dialect.handle(request('GET', '/admin/'));
    expect(page?.status).toBe(200);
    expect(page?.headers['Content-Security-Policy']).toContain("default-src 'self'");
    expect(String(page?.body)).toContain('content="../roster/v1"');
    expect(String(page?.body)).toBe('<meta content="../roster/v1">');
    expect((await dialect.handle(request('GET', '/admin')))?.headers['Location']).toBe('admin/');
    expect((await dialect.handle(request('POST', '/admin/app.js')))?.status).toBe(405);
    expect(await dialect.handle(request('GET', '/admin/other.js'))).toBeNull();
  });

  it('answers 500 for a console that was never built, without failing the host at start', async () => {
    const dialect = consoleAt({ assets: undefined }).create(roster);
    const missing = { ...assets, files: new Map() };
    expect((await consoleAt({ assets: missing }).create(roster).handle(request('GET', '/roster/admin/')))?.status).toBe(500);
    expect(dialect.routes.map((route) => route.path)).toContain('/roster/admin/app.js');
  });

  it.each([
    ['/roster/admin/', '/roster/v1', '../v1'],
    ['/admin/', '/roster/v1', '../roster/v1'],
    ['/a/b/', '/a/b/api', './api'],
  ])('from %s to %s is %s', (from, to, expected) => {
    expect(relativeUrl(from, to)).toBe(expected);
  });
});
