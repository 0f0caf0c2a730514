import { createMemoryStores } from '@roster/memory';
import { countingStores } from './counting-stores';

describe('countingStores', () => {
  it('records each port call, those inside a unit of work as tx.…, and still does the work', async () => {
    const calls: string[] = [];
    const stores = countingStores(createMemoryStores(), calls);
    await expect(stores.tenants.findTenantByName('nobody')).resolves.toBeNull();
    await stores.unitOfWork.run(async (tx) => {
      await tx.tenants.listTenants();
      await tx.apiKeys.findBySecretHash('00');
    });
    expect(await stores.tenants.listTenants()).toEqual([]);
    expect(calls).toEqual([
      'tenants.findTenantByName',
      'unitOfWork.run',
      'tx.tenants.listTenants',
      'tx.apiKeys.findBySecretHash',
      'tenants.listTenants',
    ]);
  });
});
