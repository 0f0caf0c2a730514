import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

/** `ping` (the readiness probe): a store that has one resolves while its database answers, and it writes nothing. */
export function describeStorePing(fixture: FixtureAccess, runner: ContractRunner): void {
  const { expect } = runner;
  runner.describe('RosterStores.ping', () => {
    runner.it('is there, resolves while the database answers, and changes nothing', async () => {
      const { stores } = fixture();
      expect(typeof stores.ping).toBe('function');
      const ping = async (): Promise<string> => {
        await stores.ping?.();
        return 'answered';
      };
      expect(await ping()).toBe('answered');
      // Twice, at once: a probe runs beside requests and other probes.
      expect(await Promise.all([ping(), ping()])).toEqual(['answered', 'answered']);
      expect(await stores.tenants.listTenants()).toEqual([]);
    });
  });
}
