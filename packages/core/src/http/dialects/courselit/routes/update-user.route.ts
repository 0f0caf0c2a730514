import { RosterError } from '../../../../errors';
import { splitName } from '../../../../domain';
import { permissionsNotHeld } from '../../../../rules';
import type { Roster } from '../../../../roster.types';
import type { RouteHandler } from '../../../dialect-plugin';
import { readCourselitRequest } from '../courselit-request';
import type { CourselitDialectOptions } from '../courselit.options';
import { emailDigest } from '../courselit.responses';

/**
 * PATCH /api/user: steps 1–9, then the core updates the user found by e-mail (only the fields
 * sent; `permissions` replaces the set). The core looks the user up before it checks grants;
 * the spec puts step 10 (a key cannot grant what it lacks) before the 404, so that one rule of
 * the core (`permissionsNotHeld`) is asked first here.
 */
export function updateUserRoute(roster: Roster, options: CourselitDialectOptions): RouteHandler {
  return async ({ request }) => {
    const read = await readCourselitRequest(roster, options, request);
    if (!read.ok) return read.response;
    const { actor, email, fields } = read.command;
    if (fields.permissions !== undefined && permissionsNotHeld(actor, fields.permissions).length > 0) {
      throw new RosterError('PERMISSION_NOT_HELD', 'the key cannot grant these permissions');
    }
    await roster.users.update(
      actor,
      { email },
      {
        ...(fields.name === undefined ? {} : splitName(fields.name)),
        ...(fields.subscribedToUpdates === undefined ? {} : { subscribedToUpdates: fields.subscribedToUpdates }),
        ...(fields.permissions === undefined ? {} : { permissions: fields.permissions }),
      },
    );
    return emailDigest(email);
  };
}
