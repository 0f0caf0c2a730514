import { membershipChanges } from '@roster/core';
import type { MemoryState } from './memory-state';
import type { Transaction } from './transaction';

/** Moves on the version of every group of the tenant a user joined or left (`before` → `after` group ids), changed `at`, in `tx`. */
export function moveGroupVersions(
  state: MemoryState,
  tx: Transaction,
  tenantId: string,
  before: readonly number[],
  after: readonly number[],
  at: Date,
): void {
  const groups = state.groups.get(tenantId);
  if (groups === undefined) return;
  for (const id of membershipChanges(before, after)) {
    const group = groups.get(id);
    if (group !== undefined) tx.set(groups, id, { ...group, version: group.version + 1, updatedAt: new Date(at.getTime()) });
  }
}
