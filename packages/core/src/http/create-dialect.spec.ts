import { ERROR_CODES, RosterError, type ErrorCode } from '../errors';
import type { Logger } from '../ports';
import { createDialect, type ErrorTable } from './create-dialect';
import type { RosterRequest, RosterResponse, RouteContext } from './http.types';
import { jsonResponse, textResponse } from './responses';

const errors = Object.fromEntries(
  ERROR_CODES.map((code) => [code, () => jsonResponse(code === 'INTERNAL' ? 500 : 400, { code })]),
) as unknown as ErrorTable;

function setup() {
  const logged: unknown[] = [];
  const logger: Logger = { info: () => {}, warn: () => {}, error: (_m, c) => logged.push(c) };
  const dialect = createDialect({
    name: 'test',
    prefix: '',
    errors,
    logger,
    payloadTooLarge: textResponse(413, 'too large'),
    routes: [
      { method: 'GET', path: '/users/:id', name: 'get', handle: async ({ params }) => jsonResponse(200, params) },
      {
        method: 'POST',
        path: '/users/:id',
        name: 'fail',
        handle: async ({ params }) => {
          throw new RosterError(params['id'] as ErrorCode);
        },
      },
      {
        method: 'PUT',
        path: '/users/:id',
        name: 'crash',
        handle: async () => {
          throw new Error('secret detail');
        },
      },
      { method: '*', path: '/users/:id', name: 'other', handle: async () => textResponse(405, '') },
    ],
  });
  return { dialect, logged };
}

const request = (method: string, path: string, extra: Partial<RosterRequest> = {}): RosterRequest => ({
  method,
  path,
  query: {},
  headers: {},
  body: Buffer.alloc(0),
  ...extra,
});

describe('createDialect', () => {
  it('matches routes, decodes params and falls back to the * route', async () => {
    const { dialect } = setup();
    expect((await dialect.handle(request('GET', '/users/a%20b')))!.body).toBe('{"id":"a b"}');
    expect((await dialect.handle(request('GET', '/users/7/')))!.body).toBe('{"id":"7"}');
    expect((await dialect.handle(request('PATCH', '/users/7')))!.status).toBe(405);
    expect(await dialect.handle(request('GET', '/elsewhere'))).toBeNull();
  });

  it('answers core errors from the table and hides unexpected ones', async () => {
    const { dialect, logged } = setup();
    expect((await dialect.handle(request('POST', '/users/EMAIL_TAKEN')))!.body).toBe('{"code":"EMAIL_TAKEN"}');
    const crash = (await dialect.handle(request('PUT', '/users/1')))!;
    expect(crash.status).toBe(500);
    expect(String(crash.body)).not.toContain('secret detail');
    expect(logged).toHaveLength(1);
  });

  it('answers 413 before the handler when the body was too large', async () => {
    const { dialect } = setup();
    expect((await dialect.handle(request('GET', '/users/1', { bodyTooLarge: true })))!.status).toBe(413);
  });
});

describe('createDialect: match once, then respond', () => {
  it('responds from the match it is given and never looks the route up again', async () => {
    const { dialect } = setup();
    const found = dialect.match('get', '/users/7')!;
    expect(found).toMatchObject({ route: { name: 'get' }, params: { id: '7' } });
    // The request's own path leads nowhere: only the match decides.
    const answer = await dialect.respond({ ...found, params: { id: 'given' } }, request('GET', '/elsewhere'));
    expect(answer.body).toBe('{"id":"given"}');
    expect(dialect.match('GET', '/elsewhere')).toBeNull();
  });
});

describe('createDialect: the error hook', () => {
  const logger: Logger = { info: () => {}, warn: () => {}, error: jest.fn() };
  const throwing = async ({ params }: RouteContext): Promise<RosterResponse> => {
    throw new RosterError(params['code'] as ErrorCode, 'secret detail');
  };
  const routes = [
    { method: 'GET', path: '/a/:code', name: 'a', handle: throwing },
    { method: 'GET', path: '/b/:code', name: 'b', handle: throwing },
    { method: 'GET', path: '/ok', name: 'ok', handle: async () => textResponse(200, 'fine') },
  ];
  const dialect = createDialect({
    name: 'hooked',
    prefix: '',
    errors,
    logger,
    payloadTooLarge: textResponse(413, 'too large'),
    routes,
    errorOverrides: { a: { USER_NOT_FOUND: (_error, { request }) => textResponse(404, `route a, ${request.headers['x-who']}`) } },
    decorate: (response, { request }) => ({ ...response, headers: { ...response.headers, 'X-Seen': request.path } }),
  });

  it("answers a route's overridden code from its override, every other route and code from the table", async () => {
    const own = (await dialect.handle(request('GET', '/a/USER_NOT_FOUND', { headers: { 'x-who': 'me' } })))!;
    expect([own.status, own.body]).toEqual([404, 'route a, me']);
    expect((await dialect.handle(request('GET', '/b/USER_NOT_FOUND')))!.body).toBe('{"code":"USER_NOT_FOUND"}');
    expect((await dialect.handle(request('GET', '/a/EMAIL_TAKEN')))!.body).toBe('{"code":"EMAIL_TAKEN"}');
  });

  it('decorates every answer of a matched route: success, error and 413', async () => {
    expect((await dialect.handle(request('GET', '/ok')))!.headers['X-Seen']).toBe('/ok');
    expect((await dialect.handle(request('GET', '/b/EMAIL_TAKEN')))!.headers['X-Seen']).toBe('/b/EMAIL_TAKEN');
    const tooLarge = (await dialect.handle(request('GET', '/ok', { bodyTooLarge: true })))!;
    expect([tooLarge.status, tooLarge.headers['X-Seen']]).toEqual([413, '/ok']);
  });

  it.each(['STORE_INTEGRITY', 'CONFIGURATION_INVALID'] as const)('logs %s and answers it from the table', async (code) => {
    (logger.error as jest.Mock).mockClear();
    const answer = (await dialect.handle(request('GET', `/b/${code}`)))!;
    expect(answer.body).toBe(`{"code":"${code}"}`);
    expect(logger.error).toHaveBeenCalledTimes(1);
  });

  it('refuses overrides for a route it does not have', () => {
    const make = () =>
      createDialect({
        name: 'x',
        prefix: '',
        errors,
        logger,
        routes,
        payloadTooLarge: textResponse(413, ''),
        errorOverrides: { missing: {} },
      });
    expect(make).toThrow(expect.objectContaining({ code: 'CONFIGURATION_INVALID' }));
  });
});
