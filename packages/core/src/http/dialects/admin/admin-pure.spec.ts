import { ERROR_CODES, RosterError } from '../../../errors';
import type { RosterRequest } from '../../http.types';
import { decodeAdminCursor, decodeSortedCursor, encodeAdminCursor, encodeSortedCursor } from './admin-cursor';
import { ADMIN_ERRORS, ADMIN_PROBLEMS } from './admin.errors';
import { etagOf, expectedVersion, ifMatchVersions } from './etag';
import { OperatorCredential } from './operator-credential';
import { PROBLEM_TYPE } from './problem.response';
import { requestIdOf } from './request-id';
import { userSearchFilter } from './user-search';

const request = (headers: Record<string, string> = {}): RosterRequest => ({
  method: 'GET',
  path: '/',
  query: {},
  headers,
  body: Buffer.alloc(0),
});

describe('admin ETag and If-Match', () => {
  it('quotes the version; reads strong tags, `*` and lists; refuses a header naming no version', () => {
    expect(etagOf(3)).toBe('"3"');
    expect(ifMatchVersions(request())).toBeUndefined();
    expect(ifMatchVersions(request({ 'if-match': ' * ' }))).toBeUndefined();
    expect(ifMatchVersions(request({ 'if-match': '"4"' }))).toEqual([4]);
    expect(ifMatchVersions(request({ 'if-match': '"1", W/"2" ,"3"' }))).toEqual([1, 3]);
    for (const header of ['W/"2"', 'abc', '""', '"1e3"']) {
      expect(() => ifMatchVersions(request({ 'if-match': header }))).toThrow(
        new RosterError('PRECONDITION_FAILED', 'If-Match names no version of this resource'),
      );
    }
  });

  it('holds a write to the current version when listed, else to one that fails', () => {
    expect(expectedVersion(undefined, 5)).toBeUndefined();
    expect(expectedVersion([1, 5], 5)).toBe(5);
    expect(expectedVersion([1, 2], 5)).toBe(1);
  });
});

describe('admin list cursor', () => {
  const position = { createdAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)), id: 42 };
  const filters = { status: 'active', organizationId: 2 };

  it('round-trips a position for the same filters only', () => {
    const cursor = encodeAdminCursor(position, filters);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeAdminCursor(cursor, filters)).toEqual(position);
    expect(decodeAdminCursor(cursor, { status: 'active' })).toBe('other-filters');
  });

  it('refuses an edited, truncated or foreign cursor', () => {
    const cursor = encodeAdminCursor(position, filters);
    expect(decodeAdminCursor(cursor.slice(0, -2), filters)).toBe('invalid');
    expect(decodeAdminCursor(Buffer.from('1.2.x.y').toString('base64url'), filters)).toBe('invalid');
    expect(decodeAdminCursor('not a cursor!', filters)).toBe('invalid');
    expect(decodeAdminCursor('x'.repeat(201), filters)).toBe('invalid');
  });

  it('binds the text search q: another q, or none, is other filters; an empty q is none', () => {
    const searched = encodeAdminCursor(position, { ...filters, q: 'Ada' });
    expect(decodeAdminCursor(searched, { ...filters, q: 'Ada' })).toEqual(position);
    expect(decodeAdminCursor(searched, { ...filters, q: 'ada%' })).toBe('other-filters');
    expect(decodeAdminCursor(searched, filters)).toBe('other-filters');
    expect(decodeAdminCursor(encodeAdminCursor(position, filters), { ...filters, q: '' })).toEqual(position);
  });

  it('a sorted cursor carries its order and key (text, date or none); another order or the default one refuses it', () => {
    for (const key of ['Zoë.Tester@example.com', new Date(Date.UTC(2026, 5, 1)), null]) {
      const cursor = encodeSortedCursor('-email', { key, id: 7 }, { ...filters, more: '{"group_id":3}' });
      expect(decodeSortedCursor(cursor, '-email', { ...filters, more: '{"group_id":3}' })).toEqual({ key, id: 7 });
      expect(decodeSortedCursor(cursor, '-email', filters)).toBe('other-filters');
      expect(decodeSortedCursor(cursor, 'email', { ...filters, more: '{"group_id":3}' })).toBe('other-sort');
      expect(decodeAdminCursor(cursor, filters)).toBe('other-sort');
      expect(decodeSortedCursor(`${cursor.slice(0, -3)}abc`, '-email', filters)).toBe('invalid');
    }
    expect(decodeSortedCursor(encodeAdminCursor(position, filters), 'name', filters)).toBe('other-sort');
    expect(decodeSortedCursor('not a cursor!', 'name', filters)).toBe('invalid');
  });
});

describe('admin user search', () => {
  it('q is an or of co over e-mail, first name, last name and login, the text as given; empty or absent: no filter', () => {
    expect(userSearchFilter('50%_\\')).toEqual({
      or: [
        { text: 'email', op: 'co', value: '50%_\\' },
        { text: 'firstName', op: 'co', value: '50%_\\' },
        { text: 'lastName', op: 'co', value: '50%_\\' },
        { text: 'login', op: 'co', value: '50%_\\' },
      ],
    });
    expect(userSearchFilter('')).toBeUndefined();
    expect(userSearchFilter(undefined)).toBeUndefined();
  });
});

describe('admin operator credential', () => {
  it('matches only the configured token; off without one', () => {
    const credential = new OperatorCredential('an-operator-token-of-length');
    expect(credential.enabled).toBe(true);
    expect(credential.matches('an-operator-token-of-length')).toBe(true);
    expect(credential.matches('an-operator-token-of-lengtH')).toBe(false);
    expect(credential.matches('short')).toBe(false);
    expect(credential.matches(null)).toBe(false);
    for (const off of [undefined, null, '']) {
      const none = new OperatorCredential(off);
      expect([none.enabled, none.matches(''), none.matches('anything-at-all-here')]).toEqual([false, false, false]);
    }
  });

  it('refuses a token shorter than 16 characters, without echoing it', () => {
    expect(() => new OperatorCredential('too-short')).toThrow(RosterError);
    try {
      new OperatorCredential('too-short');
    } catch (error) {
      expect((error as Error).message).not.toContain('too-short');
    }
  });
});

describe('admin X-Request-Id', () => {
  it('keeps a sane id, replaces anything else by a UUID, once per request', () => {
    const known = new WeakMap<RosterRequest, string>();
    expect(requestIdOf(request({ 'x-request-id': 'abc-123_x.y:z' }), known)).toBe('abc-123_x.y:z');
    for (const bad of ['', 'has space', 'x'.repeat(129), 'new\nline', 'é']) {
      expect(requestIdOf(request({ 'x-request-id': bad }), known)).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
    }
    const one = request();
    expect(requestIdOf(one, known)).toBe(requestIdOf(one, known));
  });
});

describe('admin error table', () => {
  it('answers every core code with a problem+json body whose code is stable, never the error message', () => {
    for (const code of ERROR_CODES) {
      const answer = ADMIN_ERRORS[code](new RosterError(code, 'secret internal detail rk_live_123'));
      const body = JSON.parse(String(answer.body)) as Record<string, unknown>;
      expect(answer.headers['Content-Type']).toBe(PROBLEM_TYPE);
      expect(body).toMatchObject({ status: answer.status, code: ADMIN_PROBLEMS[code].code, title: ADMIN_PROBLEMS[code].title });
      expect(String(answer.body)).not.toContain('secret internal detail');
    }
    expect(ADMIN_PROBLEMS.STORE_INTEGRITY.code).toBe('INTERNAL');
  });

  it('lists the wrong fields of a validation problem and a Retry-After for a rate limit', () => {
    const invalid = ADMIN_ERRORS.VALIDATION_FAILED(
      new RosterError('VALIDATION_FAILED', 'x', { issues: [{ field: 'email', message: 'is required' }] }),
    );
    expect(JSON.parse(String(invalid.body))).toMatchObject({ status: 400, errors: [{ field: 'email', message: 'is required' }] });
    const limited = ADMIN_ERRORS.RATE_LIMITED(new RosterError('RATE_LIMITED', 'x', { retryAfterSeconds: 2.5 }));
    expect([limited.status, limited.headers['Retry-After']]).toEqual([429, '3']);
  });
});
