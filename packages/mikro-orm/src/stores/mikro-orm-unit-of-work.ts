import type { TransactionalStores, UnitOfWork } from '@roster/core';
import { translateDriverError } from '../errors/translate-driver-error';
import { MikroOrmApiKeyStore } from './mikro-orm-api-key.store';
import { MikroOrmAuditEventStore } from './mikro-orm-audit-event.store';
import { MikroOrmImportJobStore } from './mikro-orm-import-job.store';
import { MikroOrmDeletedUserStore } from './mikro-orm-deleted-user.store';
import { MikroOrmTenantStore } from './mikro-orm-tenant.store';
import { MikroOrmUserStore } from './mikro-orm-user.store';
import { MikroOrmWebhookOutboxStore } from './mikro-orm-webhook.store';
import { transactionContext, type RosterEntityManager } from './store-context';
import { UserCountMoves } from './user-counts';

/** The stores bound to one transaction's EntityManager; their user writes leave their count moves in `userCounts`. */
export function transactionalStores(em: RosterEntityManager, userCounts: UserCountMoves): TransactionalStores {
  const context = transactionContext(em, userCounts);
  return {
    users: new MikroOrmUserStore(context),
    tenants: new MikroOrmTenantStore(context),
    apiKeys: new MikroOrmApiKeyStore(context),
    auditEvents: new MikroOrmAuditEventStore(context),
    importJobs: new MikroOrmImportJobStore(context),
    deletedUsers: new MikroOrmDeletedUserStore(context),
    webhookOutbox: new MikroOrmWebhookOutboxStore(context),
  };
}

/**
 * `UnitOfWork` on MikroORM transactions: `em.transactional` on a fresh fork, the work's stores
 * bound to that transaction's EntityManager. When the work is done, the user counts its writes
 * moved are written, last in the transaction (`UserCountMoves`). The work's own error is rethrown
 * as it was (nothing is written: the transaction rolls back); a failure to begin, to write the
 * counts or to commit becomes a RosterError.
 */
export class MikroOrmUnitOfWork implements UnitOfWork {
  constructor(private readonly fork: () => RosterEntityManager) {}

  async run<T>(work: (stores: TransactionalStores) => Promise<T>): Promise<T> {
    const thrown: unknown[] = [];
    try {
      return await this.fork().transactional(async (em) => {
        const userCounts = new UserCountMoves();
        let result: T;
        try {
          result = await work(transactionalStores(em, userCounts));
        } catch (error) {
          thrown.push(error);
          throw error;
        }
        await userCounts.apply(em);
        return result;
      });
    } catch (error) {
      if (thrown.includes(error)) throw error;
      throw translateDriverError(error);
    }
  }
}
