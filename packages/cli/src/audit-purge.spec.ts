import type { AuditEvent } from '@roster/core';
import { createMikroOrmStores } from '@roster/mikro-orm';
import { freshSqliteUrl, run } from './test-support/cli-runs';

// Opens a SQLite database several times (migrations the first): seconds on a busy machine.
jest.setTimeout(60_000);

const DAY_MS = 86_400_000;

/** An event id as the core writes them: `evt_`, then the time in base 36, so that ids sort by time. */
const event = (tenantId: string, daysAgo: number, n: number): AuditEvent => {
  const at = new Date(Date.now() - daysAgo * DAY_MS);
  return {
    id: `evt_${at.getTime().toString(36).padStart(11, '0')}000${n}`,
    tenantId,
    type: 'user.updated',
    occurredAt: at,
    actor: { kind: 'operator', id: null, role: null },
    target: null,
    changes: [],
    requestId: null,
    clientAddress: null,
    dialect: null,
    route: null,
  };
};

describe('roster audit purge', () => {
  it("removes the audit events past the tenant's retention and reports what it removed", async () => {
    const env = { DATABASE_URL: freshSqliteUrl() };
    const created = await run(['tenant', 'create', 'acme', '--json'], env);
    expect(created.code).toBe(0);
    const tenantId = (JSON.parse(created.lines[0] ?? '{}') as { id: string }).id;
    const stores = await createMikroOrmStores({ url: env.DATABASE_URL });
    try {
      const tenant = await stores.tenants.findTenantById(tenantId);
      if (tenant === null) throw new Error('no tenant');
      await stores.tenants.saveTenant({ ...tenant, auditRetentionDays: 30 });
      for (const [n, days] of [40, 31, 29, 1].entries()) await stores.auditEvents.append(event(tenantId, days, n));

      const purged = await run(['audit', 'purge', '--json', '--batch-size', '1'], env);
      expect([purged.code, purged.lines]).toEqual([0, ['{"auditEvents":2,"webhookEntries":0,"webhookDeliveries":0}']]);
      const again = await run(['audit', 'purge', '--tenant', 'acme', '--webhook-days', '7'], env);
      expect([again.code, again.lines]).toEqual([0, ['purged 0 audit events, 0 delivered webhook entries, 0 delivery-log rows']]);
      expect((await stores.auditEvents.list({ tenantId, limit: 10 })).map((one) => one.id.slice(-1))).toEqual(['3', '2']);
      expect((await run(['audit', 'purge', '--webhook-days', '0'], env)).code).toBe(2);
    } finally {
      await stores.close();
    }
  });
});
