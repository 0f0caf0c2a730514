import { DEFAULT_ROLE_CATALOG, type ImportJob } from '@roster/core';
import { createStores } from '../create-stores';

/** The demo file's administrator key, as the admin API takes it. */
export const DEMO_ADMIN_KEY = 'rk_demo_admin_5f8e2c1a9b7d4e6f';

/**
 * Stores, in the database at `databaseUrl` (already migrated and bootstrapped with the demo file),
 * an import job of the demo tenant as a process stopped in the middle of it would leave it:
 * `running`, nothing committed (mark 0), its file kept. The answer is the job.
 */
export async function storeUnfinishedImport(databaseUrl: string, emails: readonly string[]): Promise<ImportJob> {
  const stores = await createStores(databaseUrl);
  try {
    const tenant = await stores.tenants.findTenantByName('demo');
    if (tenant === null) throw new Error('the demo tenant is not in the database');
    const administrator = DEFAULT_ROLE_CATALOG.roles.find((role) => role.name === 'administrator');
    const now = new Date();
    const job: ImportJob = {
      id: 'imp_cut_by_a_restart',
      tenantId: tenant.id,
      status: 'running',
      format: 'ndjson',
      validateOnly: false,
      actor: {
        kind: 'apiKey',
        id: 'key_demo_integration',
        role: 'administrator',
        permissions: [...(administrator?.permissions ?? [])],
        scopeOrganizationId: null,
        organizationId: null,
      },
      rows: emails.length,
      created: 0,
      failed: 0,
      errors: [],
      mark: 0,
      failure: null,
      createdAt: now,
      updatedAt: now,
    };
    const body = emails.map((email) => JSON.stringify({ email, firstName: 'Resumed' })).join('\n');
    await stores.unitOfWork.run((tx) => tx.importJobs.create(job, body));
    return job;
  } finally {
    await stores.close?.();
  }
}
