import type { RosterStores, TransactionalStores } from '@roster/core';

/** Wraps a store so that every method call is recorded as `<name>.<method>` before it runs. */
function counted<T extends object>(name: string, target: T, calls: string[]): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(`${name}.${String(property)}`);
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
}

/**
 * The stores, recording each port call in `calls` (inside a unit of work as `tx.…`): what a
 * request costs in store round trips, for Roster and for a baseline alike.
 */
export function countingStores(stores: RosterStores, calls: string[]): RosterStores {
  const inTransaction = (tx: TransactionalStores): TransactionalStores => ({
    users: counted('tx.users', tx.users, calls),
    tenants: counted('tx.tenants', tx.tenants, calls),
    apiKeys: counted('tx.apiKeys', tx.apiKeys, calls),
    auditEvents: counted('tx.auditEvents', tx.auditEvents, calls),
    importJobs: counted('tx.importJobs', tx.importJobs, calls),
    deletedUsers: counted('tx.deletedUsers', tx.deletedUsers, calls),
    webhookOutbox: counted('tx.webhookOutbox', tx.webhookOutbox, calls),
  });
  return {
    users: counted('users', stores.users, calls),
    tenants: counted('tenants', stores.tenants, calls),
    apiKeys: counted('apiKeys', stores.apiKeys, calls),
    auditEvents: counted('auditEvents', stores.auditEvents, calls),
    importJobs: counted('importJobs', stores.importJobs, calls),
    webhooks: counted('webhooks', stores.webhooks, calls),
    unitOfWork: {
      run: (work) => {
        calls.push('unitOfWork.run');
        return stores.unitOfWork.run((tx) => work(inTransaction(tx)));
      },
    },
    ...(stores.close ? { close: () => stores.close!() } : {}),
  };
}
