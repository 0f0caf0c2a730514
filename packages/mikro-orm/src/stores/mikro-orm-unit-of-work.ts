import type { TransactionalStores, UnitOfWork } from '@roster/core';
import { translateDriverError } from '../errors/translate-driver-error';
import { MikroOrmApiKeyStore } from './mikro-orm-api-key.store';
import { MikroOrmTenantStore } from './mikro-orm-tenant.store';
import { MikroOrmUserStore } from './mikro-orm-user.store';
import { transactionContext, type RosterEntityManager } from './store-context';

/** The stores bound to one transaction's EntityManager. */
export function transactionalStores(em: RosterEntityManager): TransactionalStores {
  const context = transactionContext(em);
  return {
    users: new MikroOrmUserStore(context),
    tenants: new MikroOrmTenantStore(context),
    apiKeys: new MikroOrmApiKeyStore(context),
  };
}

/**
 * `UnitOfWork` on MikroORM transactions: `em.transactional` on a fresh fork, the work's stores
 * bound to that transaction's EntityManager. The work's own error is rethrown as it was; a
 * failure to begin or commit becomes a RosterError.
 */
export class MikroOrmUnitOfWork implements UnitOfWork {
  constructor(private readonly fork: () => RosterEntityManager) {}

  async run<T>(work: (stores: TransactionalStores) => Promise<T>): Promise<T> {
    const thrown: unknown[] = [];
    try {
      return await this.fork().transactional(async (em) => {
        try {
          return await work(transactionalStores(em));
        } catch (error) {
          thrown.push(error);
          throw error;
        }
      });
    } catch (error) {
      if (thrown.includes(error)) throw error;
      throw translateDriverError(error);
    }
  }
}
