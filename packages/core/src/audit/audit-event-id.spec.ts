import { auditEventId, auditEventIdFloor } from './audit-event-id';

describe('auditEventIdFloor', () => {
  it('is below every id of an event at or after the instant, and above every id before it', () => {
    const at = new Date('2026-06-01T00:00:00Z');
    const floor = auditEventIdFloor(at);
    expect(auditEventId(at, 'abc') > floor).toBe(true);
    expect(auditEventId(new Date(at.getTime() + 1), 'ZZZ') > floor).toBe(true);
    expect(auditEventId(new Date(at.getTime() - 1), 'zzz') < floor).toBe(true);
    expect(auditEventId(new Date(0), 'zzz') < floor).toBe(true);
  });
});
