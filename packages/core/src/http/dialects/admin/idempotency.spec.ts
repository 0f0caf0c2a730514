import { MemoryIdempotencyStore } from '../../../defaults/memory-idempotency-store';
import type { Roster } from '../../../roster.types';
import type { RosterRequest, RosterResponse } from '../../http.types';
import type { AdminContext } from './admin.context';
import { idempotent } from './idempotency';
import { idempotencyId, idempotencyKeyOf, sealAnswer, unsealAnswer } from './idempotency-seal';
import { OperatorCredential } from './operator-credential';

const request = (headers: Record<string, string>, body = '{"a":1}'): RosterRequest => ({
  method: 'POST',
  path: '/roster/v1/keys',
  query: {},
  headers: { authorization: 'Bearer rk_secret_one', ...headers },
  body: Buffer.from(body),
});
const created: RosterResponse = {
  status: 201,
  headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'r1' },
  body: '{"secret":"rk_x"}',
};

describe('Idempotency-Key parts', () => {
  it('reads the key quoted (sf-string) or bare; refuses empty, non-ASCII and over 255 characters', () => {
    expect(idempotencyKeyOf(request({}))).toBeNull();
    expect(idempotencyKeyOf(request({ 'idempotency-key': '"a\\"b"' }))).toEqual({ key: 'a"b' });
    expect(idempotencyKeyOf(request({ 'idempotency-key': 'abc-1' }))).toEqual({ key: 'abc-1' });
    for (const bad of ['', '""', 'é', 'x'.repeat(256)]) expect(idempotencyKeyOf(request({ 'idempotency-key': bad }))).toBe('invalid');
  });

  it('the id names neither the credential nor the key; a sealed answer opens only with both', () => {
    const id = idempotencyId('rk_secret_one', 'k1');
    expect(id).not.toContain('k1');
    expect(idempotencyId('rk_secret_two', 'k1')).not.toBe(id);
    const sealed = sealAnswer(created, 'rk_secret_one', 'k1');
    expect(sealed).not.toContain('rk_x');
    expect(unsealAnswer(sealed, 'rk_secret_one', 'k1')).toEqual({
      status: 201,
      headers: { 'Content-Type': 'application/json' },
      body: Buffer.from('{"secret":"rk_x"}'),
    });
    expect(unsealAnswer(sealed, 'rk_secret_two', 'k1')).toBeNull();
    expect(unsealAnswer(sealed, 'rk_secret_one', 'k2')).toBeNull();
    expect(unsealAnswer('garbage', 'rk_secret_one', 'k1')).toBeNull();
  });
});

describe('idempotent()', () => {
  let now = new Date('2026-12-02T00:00:00Z');
  const context = (): AdminContext => ({
    roster: { clock: { now: () => now }, idempotency: new MemoryIdempotencyStore(2) } as unknown as Roster,
    operator: new OperatorCredential(null),
    idempotencySeconds: 60,
  });
  const route = (headers: Record<string, string>, body?: string) => ({ request: request(headers, body), params: {} });

  it('409 while the first runs; replay after; 422 for another body; a new run once expired', async () => {
    const admin = context();
    let finish: (response: RosterResponse) => void = () => undefined;
    const first = idempotent(admin, route({ 'idempotency-key': 'k' }), () => new Promise((resolve) => (finish = resolve)));
    const during = await idempotent(admin, route({ 'idempotency-key': 'k' }), () => Promise.resolve(created));
    expect([during.status, JSON.parse(String(during.body)).code]).toEqual([409, 'IDEMPOTENCY_KEY_IN_FLIGHT']);
    finish(created);
    expect((await first).status).toBe(201);
    const runs: number[] = [];
    const replay = await idempotent(admin, route({ 'idempotency-key': 'k' }), () => {
      runs.push(1);
      return Promise.resolve(created);
    });
    expect([replay.status, replay.headers['Idempotent-Replayed'], runs]).toEqual([201, 'true', []]);
    const other = await idempotent(admin, route({ 'idempotency-key': 'k' }, '{"a":2}'), () => Promise.resolve(created));
    expect([other.status, JSON.parse(String(other.body)).code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    now = new Date(now.getTime() + 61_000);
    const later = await idempotent(admin, route({ 'idempotency-key': 'k' }, '{"a":2}'), () => {
      runs.push(1);
      return Promise.resolve(created);
    });
    expect([later.status, later.headers['Idempotent-Replayed'], runs]).toEqual([201, undefined, [1]]);
  });

  it('a failure releases the key: the next request with it runs', async () => {
    const admin = context();
    await expect(idempotent(admin, route({ 'idempotency-key': 'f' }), () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const retried = await idempotent(admin, route({ 'idempotency-key': 'f' }), () => Promise.resolve(created));
    expect([retried.status, retried.headers['Idempotent-Replayed']]).toEqual([201, undefined]);
  });
});
