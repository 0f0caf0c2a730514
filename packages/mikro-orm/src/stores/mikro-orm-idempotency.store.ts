import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { IdempotencyClaim, IdempotencyStore } from '@roster/core';
import { RosterIdempotencyKeySchema } from '../entities';
import { guarded, type StoreContext } from './store-context';

/**
 * `IdempotencyStore` on MikroORM: a claim is an insert, so the primary key decides between two
 * claims at once. An expired row is deleted (only while still expired) and the insert tried again.
 */
export class MikroOrmIdempotencyStore implements IdempotencyStore {
  constructor(private readonly context: StoreContext) {}

  claim(id: string, fingerprint: string, expiresAt: Date, now: Date): Promise<IdempotencyClaim> {
    return guarded(async () => {
      for (let attempt = 0; attempt < 2; attempt++) {
        if (await this.tryInsert(id, fingerprint, expiresAt)) return { claimed: true };
        const em = this.context.em();
        const row = await em.findOne(RosterIdempotencyKeySchema, { id });
        if (row === null) continue;
        if (row.expiresAt.getTime() > now.getTime()) {
          return { claimed: false, record: { fingerprint: row.fingerprint, answer: row.answer, expiresAt: row.expiresAt } };
        }
        await em.nativeDelete(RosterIdempotencyKeySchema, { id, expiresAt: { $lte: new Date(now.getTime()) } });
      }
      // Two expiries and two races in a row: the key is contended; answer as for one in flight.
      return { claimed: false, record: { fingerprint, answer: null, expiresAt } };
    });
  }

  complete(id: string, answer: string): Promise<void> {
    return guarded(async () => {
      await this.context.em().nativeUpdate(RosterIdempotencyKeySchema, { id }, { answer });
    });
  }

  release(id: string): Promise<void> {
    return guarded(async () => {
      await this.context.em().nativeDelete(RosterIdempotencyKeySchema, { id });
    });
  }

  private async tryInsert(id: string, fingerprint: string, expiresAt: Date): Promise<boolean> {
    try {
      await this.context
        .em()
        .insert(RosterIdempotencyKeySchema, { id, fingerprint, answer: null, expiresAt: new Date(expiresAt.getTime()) });
      return true;
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return false;
      throw error;
    }
  }
}
