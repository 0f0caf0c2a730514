import { ERROR_CODES, RosterError, type ErrorCode } from '../errors';
import type { Logger } from '../ports';
import { createDialect, type ErrorTable } from './create-dialect';
import type { RosterRequest } from './http.types';
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
      { method: 'POST', path: '/users/:id', name: 'fail', handle: async ({ params }) => { throw new RosterError(params['id'] as ErrorCode); } },
      { method: 'PUT', path: '/users/:id', name: 'crash', handle: async () => { throw new Error('secret detail'); } },
      { method: '*', path: '/users/:id', name: 'other', handle: async () => textResponse(405, '') },
    ],
  });
  return { dialect, logged };
}

const request = (method: string, path: string, extra: Partial<RosterRequest> = {}): RosterRequest => ({
  method, path, query: {}, headers: {}, body: Buffer.alloc(0), ...extra,
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
