import type { ImportJob } from '@roster/core';
import { makeUser } from '../fixtures';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

const BASE = Date.UTC(2025, 0, 1, 12, 0, 0);

function job(n: number, overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: `imp_${String(n).padStart(6, '0')}`,
    tenantId: TENANT_A,
    status: 'running',
    format: 'csv',
    validateOnly: false,
    actor: { kind: 'apiKey', id: 'key-1', role: 'admin', permissions: ['user:manage'], scopeOrganizationId: null, organizationId: null },
    rows: 0,
    created: 0,
    failed: 0,
    errors: [],
    mark: 0,
    failure: null,
    createdAt: new Date(BASE + n * 1000),
    updatedAt: new Date(BASE + n * 1000),
    ...overrides,
  };
}

class LostBatch extends Error {}

/** `importJobs`: jobs by tenant with their file, the unfinished ones, and the guarded mark that commits a batch once. */
export function describeImportJobStore(fixture: FixtureAccess, runner: ContractRunner): void {
  const { expect, it } = runner;
  runner.describe('ImportJobStore', () => {
    it('reads a job back as written, only in its tenant, with its file', async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      const written = job(1, { errors: [{ line: 3, field: 'email', code: 'VALIDATION_FAILED', message: 'email is not valid' }] });
      const body = 'email,firstName\r\nann@example.com,Ann ✓\n';
      await stores.importJobs.create(written, body);
      expect(await stores.importJobs.get(TENANT_A, written.id)).toEqual(written);
      expect(await stores.importJobs.get(TENANT_B, written.id)).toBeNull();
      expect(await stores.importJobs.get(TENANT_A, 'imp_none')).toBeNull();
      expect(await stores.importJobs.body(written.id)).toBe(body);
      expect(await stores.importJobs.body('imp_none')).toBeNull();
    });

    it('lists the unfinished jobs of every tenant, oldest first', async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      await stores.importJobs.create(job(3, { tenantId: TENANT_B, status: 'validating', validateOnly: true }), '');
      await stores.importJobs.create(job(1), '');
      await stores.importJobs.create(job(2, { status: 'done' }), '');
      await stores.importJobs.create(job(4, { status: 'failed', failure: 'the file is not valid CSV' }), '');
      const unfinished = await stores.importJobs.listUnfinished();
      expect(unfinished.map((found) => found.id)).toEqual(['imp_000001', 'imp_000003']);
    });

    it('advances only from the expected mark, and then holds the patch', async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      await stores.importJobs.create(job(1), '');
      const at = new Date(BASE + 60_000);
      const errors = [{ line: 2, field: null, code: 'ROW_UNREADABLE', message: 'not valid JSON' }];
      expect(await stores.importJobs.advance('imp_000001', 7, { mark: 9, updatedAt: at })).toBe(false);
      expect(await stores.importJobs.advance('imp_none', 0, { mark: 9, updatedAt: at })).toBe(false);
      expect(
        await stores.importJobs.advance('imp_000001', 0, { mark: 501, rows: 1000, created: 499, failed: 1, errors, updatedAt: at }),
      ).toBe(true);
      expect(await stores.importJobs.get(TENANT_A, 'imp_000001')).toEqual(
        job(1, { mark: 501, rows: 1000, created: 499, failed: 1, errors, updatedAt: at }),
      );
      expect(await stores.importJobs.advance('imp_000001', 501, { status: 'done', updatedAt: at })).toBe(true);
      expect((await stores.importJobs.get(TENANT_A, 'imp_000001'))?.status).toBe('done');
    });

    it('commits a batch once: of two units of work advancing from the same mark, one wins and the other keeps nothing', async () => {
      const { stores, raw } = fixture();
      await seedTenants(stores);
      await stores.importJobs.create(job(1), '');
      const commit = (userId: number) =>
        stores.unitOfWork.run(async (tx) => {
          await tx.users.insert(makeUser({ id: userId }));
          const advanced = await tx.importJobs.advance('imp_000001', 0, { mark: 501, created: 1, updatedAt: new Date(BASE + userId) });
          if (!advanced) throw new LostBatch('the batch was committed by another worker');
        });
      const outcomes = await Promise.allSettled([commit(1), commit(2)]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      const lost = outcomes.find((outcome) => outcome.status === 'rejected');
      expect(lost?.status === 'rejected' && lost.reason instanceof LostBatch).toBe(true);
      expect(await raw.userCount(TENANT_A)).toBe(1);
      const after = await stores.importJobs.get(TENANT_A, 'imp_000001');
      expect([after?.mark, after?.created]).toEqual([501, 1]);
    });

    it('keeps no advance of a unit of work that throws', async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      await stores.importJobs.create(job(1), '');
      const failure = new Error('rolled back');
      await expect(
        stores.unitOfWork.run(async (tx) => {
          await tx.importJobs.advance('imp_000001', 0, { mark: 501, updatedAt: new Date(BASE + 1) });
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect((await stores.importJobs.get(TENANT_A, 'imp_000001'))?.mark).toBe(0);
    });
  });
}
