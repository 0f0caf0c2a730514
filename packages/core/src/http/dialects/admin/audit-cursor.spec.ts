import { decodeAuditCursor, encodeAuditCursor, type AuditCursorFilters } from './audit-cursor';

const filters: AuditCursorFilters = { actor: 'key-1', target: undefined, type: 'user.created', from: undefined, to: undefined };

describe('audit cursor', () => {
  it('gives back the event id for the same filters, and refuses other filters and forgeries', () => {
    const cursor = encodeAuditCursor('evt_00abc123', filters);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeAuditCursor(cursor, filters)).toEqual({ id: 'evt_00abc123' });
    expect(decodeAuditCursor(cursor, { ...filters, actor: 'key-2' })).toBe('other-filters');
    const forged = Buffer.from(Buffer.from(cursor, 'base64url').toString('utf8').replace('evt_00abc123', 'evt_zzz'), 'utf8').toString(
      'base64url',
    );
    for (const bad of [forged, 'not a cursor', '', 'x'.repeat(300)]) expect(decodeAuditCursor(bad, filters)).toBe('invalid');
  });
});
