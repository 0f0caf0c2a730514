import { decodeCursor, encodeCursor } from './list-cursor';

const POSITION = { createdAt: new Date('2026-12-01T10:00:00.123Z'), id: 42 };

describe('rest-v1 list cursor', () => {
  it('round-trips a position for the same filters, opaque and URL-safe', () => {
    const cursor = encodeCursor(POSITION, { status: 'active', role: 'user' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('42');
    expect(decodeCursor(cursor, { status: 'active', role: 'user' })).toEqual({ ok: true, position: POSITION });
    expect(decodeCursor(encodeCursor(POSITION, {}), {})).toEqual({ ok: true, position: POSITION });
  });

  it('refuses a cursor issued for other filters', () => {
    const cursor = encodeCursor(POSITION, { status: 'active' });
    expect(decodeCursor(cursor, {})).toEqual({ ok: false, reason: 'other-filters' });
    expect(decodeCursor(cursor, { status: 'active', role: 'user' })).toEqual({ ok: false, reason: 'other-filters' });
    expect(decodeCursor(encodeCursor(POSITION, { role: 'active' }), { status: 'active' })).toEqual({ ok: false, reason: 'other-filters' });
  });

  it('refuses an edited, truncated or foreign cursor', () => {
    const cursor = encodeCursor(POSITION, {});
    const plain = Buffer.from(cursor, 'base64url').toString('utf8');
    const edited = Buffer.from(plain.replace('.42.', '.43.'), 'utf8').toString('base64url');
    for (const bad of [edited, cursor.slice(0, -2), `${cursor}A`, 'abc', 'not a cursor', '', 'x'.repeat(300)]) {
      expect(decodeCursor(bad, {})).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});
