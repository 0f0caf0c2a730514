import { splitName } from '../../../../domain';
import { RosterError } from '../../../../errors';
import type { Roster } from '../../../../roster.types';
import type { CourselitCommand } from '../courselit-request';

/**
 * The `upsert` option: a POST for an e-mail that exists applies what the create would have
 * stored for the fields sent — `name`, `subscribedToUpdates`, and `permissions` as the tenant's
 * default permissions plus those sent — and leaves the fields not sent as they are. It is an
 * update by the same key, so every rule of one holds (a user ranked above the key → 403; the key
 * grants only what it holds). A user outside the key's organization subtree is one the key cannot
 * see: it gets the answer it would get without the option, "The user already exists".
 */
export async function upsertExistingUser(roster: Roster, command: CourselitCommand): Promise<void> {
  const { tenant, actor, email, fields } = command;
  try {
    await roster.users.update(
      actor,
      { email },
      {
        ...(fields.name === undefined ? {} : splitName(fields.name)),
        ...(fields.subscribedToUpdates === undefined ? {} : { subscribedToUpdates: fields.subscribedToUpdates }),
        ...(fields.permissions === undefined ? {} : { permissions: [...new Set([...tenant.defaultPermissions, ...fields.permissions])] }),
      },
    );
  } catch (error) {
    // The core says USER_NOT_FOUND for a user outside the key's subtree (or one deleted meanwhile).
    if (RosterError.is(error, 'USER_NOT_FOUND') || RosterError.is(error, 'OUT_OF_SCOPE')) {
      throw new RosterError('EMAIL_TAKEN', 'the e-mail is taken in this tenant');
    }
    throw error;
  }
}
