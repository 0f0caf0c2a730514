import type { IdempotencyClaim, IdempotencyRecord, IdempotencyStore } from '../ports';

/**
 * Idempotency-Keys in this process's memory (the default, and the memory stores'): one process
 * only, gone on restart. Expired records are dropped when their id is claimed again and, at most
 * `sweepEvery` claims apart, all at once, so the map does not grow without bound.
 */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly records = new Map<string, IdempotencyRecord>();
  private claims = 0;

  constructor(private readonly sweepEvery = 1_000) {}

  claim(id: string, fingerprint: string, expiresAt: Date, now: Date): Promise<IdempotencyClaim> {
    if (++this.claims % this.sweepEvery === 0) this.sweep(now);
    const held = this.records.get(id);
    if (held !== undefined && held.expiresAt.getTime() > now.getTime()) return Promise.resolve({ claimed: false, record: held });
    this.records.set(id, { fingerprint, answer: null, expiresAt });
    return Promise.resolve({ claimed: true });
  }

  complete(id: string, answer: string): Promise<void> {
    const held = this.records.get(id);
    if (held !== undefined) this.records.set(id, { ...held, answer });
    return Promise.resolve();
  }

  release(id: string): Promise<void> {
    this.records.delete(id);
    return Promise.resolve();
  }

  private sweep(now: Date): void {
    for (const [id, record] of this.records) if (record.expiresAt.getTime() <= now.getTime()) this.records.delete(id);
  }
}
