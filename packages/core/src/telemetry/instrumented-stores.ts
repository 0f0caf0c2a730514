import type { TransactionalStores, UnitOfWork } from '../ports';
import type { RosterStores } from '../roster.types';
import type { RosterTelemetry } from './roster-telemetry';

/**
 * The stores with each port method call counted, timed and spanned (`roster.store users.findById`),
 * inside a unit of work too; unchanged when telemetry is off. Operation names are the ports'
 * method names, so label values stay a fixed set.
 */
export function instrumentedStores(stores: RosterStores, telemetry: RosterTelemetry): RosterStores {
  if (!telemetry.active) return stores;
  const wrap = <T extends Pick<TransactionalStores, 'users' | 'tenants' | 'apiKeys'>>(tx: T): T => ({
    ...tx,
    users: instrumented('users', tx.users, telemetry),
    tenants: instrumented('tenants', tx.tenants, telemetry),
    apiKeys: instrumented('apiKeys', tx.apiKeys, telemetry),
  });
  const unitOfWork: UnitOfWork = {
    run: (work) =>
      telemetry.storeCall('unitOfWork', 'run', () =>
        stores.unitOfWork.run((tx) => work({ ...wrap(tx), deletedUsers: instrumented('deletedUsers', tx.deletedUsers, telemetry) })),
      ),
  };
  return { ...stores, ...wrap(stores), unitOfWork };
}

function instrumented<T extends object>(store: string, target: T, telemetry: RosterTelemetry): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      const method = value as (...args: unknown[]) => unknown;
      return (...args: unknown[]) => telemetry.storeCall(store, property, () => Promise.resolve(method.apply(object, args)));
    },
  });
}
