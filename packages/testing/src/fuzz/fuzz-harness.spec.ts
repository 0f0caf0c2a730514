import fc from 'fast-check';
import { bracketDepth, type Dialect, type RosterRequest, type RosterResponse } from '@roster/core/http';
import { capturingLogger } from './capturing-logger';
import { composeRequest, type DialectFuzzTarget } from './fuzz-target';
import { fuzzRoute } from './fuzz-route';
import { hostileBody } from './hostile-body';
import { hostileHeaders } from './hostile-headers';
import { hostileXml } from './hostile-xml';
import { responseViolations, type ResponseRules } from './response-invariants';

const rules: ResponseRules = { statuses: [200, 400], secrets: ['hunter2-secret'] };
const answer = (status: number, body: string, headers: Record<string, string> = {}): RosterResponse => ({ status, headers, body });

describe('responseViolations', () => {
  it('passes a clean answer', () => {
    expect(responseViolations(answer(400, '{"message":"Bad request"}', { 'Content-Type': 'application/json' }), rules)).toEqual([]);
  });

  it.each([
    ['a 500 the spec does not list', answer(500, 'oops')],
    ['a status outside the list', answer(418, '')],
    ['a stack frame', answer(400, 'failed\n    at handle (/srv/app/route.js:10:5)')],
    ['an error class name', answer(400, '{"message":"TypeError: x is undefined"}')],
    ['a stack property', answer(400, '{"stack":"…"}')],
    ['a secret in the body', answer(200, 'your key is hunter2-secret')],
    ['a secret in a header', answer(200, '', { 'X-Debug': 'hunter2-secret' })],
    ['an argon2 hash', answer(200, '{"hash":"$argon2id$v=19$m=65536,t=3,p=4$abc$def"}')],
    ['a header value with CR LF', answer(200, '', { 'X-Echo': 'a\r\nSet-Cookie: x=1' })],
    ['a header value past latin1', answer(200, '', { 'X-Echo': '日本' })],
    ['a header name that is no token', answer(200, '', { 'X Bad': '1' })],
  ])('catches %s', (_name, response) => {
    expect(responseViolations(response, rules)).not.toEqual([]);
  });

  it('adds what the dialect finds wrong', () => {
    const strict = { ...rules, wellFormed: () => ['not JSON'] };
    expect(responseViolations(answer(200, 'x'), strict)).toEqual(['not JSON']);
  });
});

describe('fuzzRoute', () => {
  const route = { method: 'POST', path: '/x', name: 'x' };
  const target: DialectFuzzTarget = {
    dialect: 'toy',
    idKind: 'integer',
    rules,
    request: () =>
      composeRequest({
        method: fc.constant('POST'),
        path: fc.constant('/x'),
        headers: hostileHeaders(['x-name']),
        body: hostileBody({ fields: ['name'] }),
      }),
  };
  const toy = (handle: (request: RosterRequest) => RosterResponse): Dialect => {
    const routes = [{ ...route, handle: async () => answer(200, '') }];
    return {
      name: 'toy',
      prefix: '',
      routes,
      match: () => ({ route: routes[0]!, params: {} }),
      respond: async (_match, request) => handle(request),
      handle: async (request) => handle(request),
    };
  };
  const run = (dialect: Dialect, log = capturingLogger()) =>
    fuzzRoute({ dialect, route, target, context: { userIds: [], victimIds: [], routes: [route] }, log, numRuns: 300 });

  it('passes a dialect that answers well whatever it gets', async () => {
    await expect(run(toy(() => answer(400, 'Bad request')))).resolves.toBeUndefined();
  });

  it('finds a dialect that shows a stack trace for a body that is not UTF-8', async () => {
    const leaky = toy((request) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(request.body);
        return answer(200, 'ok');
      } catch (error) {
        return answer(400, String((error as Error).stack));
      }
    });
    await expect(run(leaky)).rejects.toThrow(/leaks exception details/);
  });

  it('finds a dialect that echoes a header into its answer headers (response splitting)', async () => {
    const echo = toy((request) => answer(200, '', { 'X-Name': request.headers['x-name'] ?? '' }));
    await expect(run(echo)).rejects.toThrow(/a value Node cannot send/);
  });

  it('finds a dialect that logs an error for pollution keys', async () => {
    const log = capturingLogger();
    const polluted = toy((request) => {
      if (request.body.includes('__proto__')) log.logger.error('roster: request failed', { error: 'boom' });
      return answer(400, 'Bad request');
    });
    await expect(run(polluted, log)).rejects.toThrow(/logged an error/);
  });
});

describe('the hostile arbitraries', () => {
  const sample = <T>(arbitrary: fc.Arbitrary<T>) => fc.sample(arbitrary, { numRuns: 2000, seed: 42 });

  it('send bodies nested past the 64-level limit, invalid UTF-8, NUL bytes and over-limit bodies', () => {
    const bodies = sample(hostileBody({ fields: ['email'] }));
    const strict = new TextDecoder('utf-8', { fatal: true });
    const invalid = (bytes: Buffer) => {
      try {
        strict.decode(bytes);
        return false;
      } catch {
        return true;
      }
    };
    expect(bodies.some((b) => bracketDepth(b.body.toString('utf8')) > 64)).toBe(true);
    expect(bodies.some((b) => invalid(b.body))).toBe(true);
    expect(bodies.some((b) => b.body.includes(0))).toBe(true);
    expect(bodies.some((b) => b.body.includes('"__proto__"'))).toBe(true);
    expect(bodies.some((b) => b.body.length > 100_000)).toBe(true);
    expect(bodies.some((b) => b.bodyTooLarge)).toBe(true);
  });

  it('send XML bombs and external entities', () => {
    const documents = sample(hostileXml());
    expect(documents.some((xml) => xml.includes('<!ENTITY') && xml.includes('SYSTEM'))).toBe(true);
    expect(documents.some((xml) => (xml.match(/<!ENTITY/g) ?? []).length >= 10)).toBe(true);
  });

  it('send huge header values and control characters', () => {
    const values = sample(hostileHeaders(['x-a'])).flatMap((headers) => Object.values(headers));
    expect(values.some((value) => value.length > 16 * 1024)).toBe(true);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(values.some((value) => /[\u0000-\u001f]/.test(value))).toBe(true);
    expect(values.some((value) => value.includes('\ufffd'))).toBe(true);
  });
});
