import { auditRetentionDaysOf, checkedDays, purgeCutoff } from './retention.rules';

describe('retention rules', () => {
  it('keeps audit events for ever unless the tenant sets a retention', () => {
    expect(auditRetentionDaysOf({})).toBeNull();
    expect(auditRetentionDaysOf({ auditRetentionDays: 90 })).toBe(90);
  });

  it('cuts off whole days before now', () => {
    expect(purgeCutoff(new Date('2026-03-31T12:00:00Z'), 30)).toEqual(new Date('2026-03-01T12:00:00Z'));
  });

  it('takes positive whole days only', () => {
    expect(checkedDays(1, 'days')).toBe(1);
    for (const wrong of [0, -1, 1.5, Number.NaN]) expect(() => checkedDays(wrong, 'webhookHistoryDays')).toThrow('webhookHistoryDays');
  });
});
