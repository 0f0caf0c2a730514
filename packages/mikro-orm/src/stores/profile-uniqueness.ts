import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { profileValueTaken, uniqueProfileValues, type User } from '@roster/core';
import { RosterTenantSchema, RosterUserUniqueValueSchema } from '../entities';
import { withCause } from '../errors/translate-driver-error';
import { toProfileFields } from '../mappers';
import type { RosterEntityManager } from './store-context';

/**
 * Writes the rows of `roster_user_unique_values` for `user` (its values of the tenant's unique
 * custom fields), replacing the user's previous ones. A value another user holds throws
 * PROFILE_VALUE_TAKEN: found by a read first, and under a race by the primary key (each row is
 * its own statement, so the violation names the field).
 */
export async function writeUniqueValues(em: RosterEntityManager, user: User, replacing: boolean): Promise<void> {
  if (replacing) await em.nativeDelete(RosterUserUniqueValueSchema, { tenantId: user.tenantId, userId: user.id });
  if (Object.keys(user.profile).length === 0) return;
  const tenantRow = await em.findOne(RosterTenantSchema, { id: user.tenantId });
  if (tenantRow === null) return;
  const values = uniqueProfileValues(user.profile, toProfileFields(tenantRow));
  if (values.length === 0) return;
  const holders = await em.find(RosterUserUniqueValueSchema, {
    tenantId: user.tenantId,
    $or: values.map(({ field, key }) => ({ field, valueKey: key })),
  });
  for (const value of values) {
    const holder = holders.find((row) => row.field === value.field && row.valueKey === value.key);
    if (holder !== undefined && holder.userId !== user.id) throw profileValueTaken(value.field, value.value);
  }
  for (const value of values) {
    const row = { tenantId: user.tenantId, field: value.field, valueKey: value.key, userId: user.id };
    try {
      await em.insert(RosterUserUniqueValueSchema, row);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw withCause(profileValueTaken(value.field, value.value), error);
      }
      throw error;
    }
  }
}
