import { createMikroOrmStores } from '@roster/mikro-orm';
import { makeAuditEvent } from '@roster/testing';
import { freshSqliteUrl, run } from './test-support/cli-runs';

// Opens a SQLite database several times (migrations the first): seconds on a busy machine.
jest.setTimeout(60_000);

const DAY_MS = 86_400_000;

/** An event `daysAgo` days old, with the id the core would give it (ids sort by time); `n` tells them apart in the check. */
const event = (tenantId: string, daysAgo: number, n: number) =>
  makeAuditEvent({ tenantId, occurredAt: new Date(Date.now() - daysAgo * DAY_MS), requestId: `req_${n}` });

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
      expect((await stores.auditEvents.list({ tenantId, limit: 10 })).map((one) => one.requestId)).toEqual(['req_3', 'req_2']);
      expect((await run(['audit', 'purge', '--webhook-days', '0'], env)).code).toBe(2);
    } finally {
      await stores.close();
    }
  });
});
