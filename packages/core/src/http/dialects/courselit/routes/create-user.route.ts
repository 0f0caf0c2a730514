import { normalizeEmail, splitName } from '../../../../domain';
import { RosterError } from '../../../../errors';
import type { Roster } from '../../../../roster.types';
import type { RouteHandler } from '../../../dialect-plugin';
import { readCourselitRequest } from '../courselit-request';
import type { CourselitDialectOptions } from '../courselit.options';
import { emailDigest } from '../courselit.responses';
import { upsertExistingUser } from './upsert-existing-user';

/**
 * POST /api/user: steps 1–9 here, then the core (step 10 permission and grants, 11 e-mail
 * taken, 12 seat limit, in that order). The new user gets the tenant's lowest role (the core's
 * default), the tenant's default permissions plus those sent, `source: "api"`, status active.
 * With the `upsert` option an e-mail taken (step 11) updates that user instead (README).
 */
export function createUserRoute(roster: Roster, options: CourselitDialectOptions): RouteHandler {
  return async ({ request }) => {
    const read = await readCourselitRequest(roster, options, request);
    if (!read.ok) return read.response;
    const { tenant, actor, email, fields } = read.command;
    try {
      await roster.users.create(actor, {
        email,
        // Tenants that identify users by login: CourseLit knows only e-mails, so the e-mail is the login.
        ...(tenant.identifyBy === 'login' ? { login: normalizeEmail(email) } : {}),
        ...(fields.name === undefined ? {} : splitName(fields.name)),
        subscribedToUpdates: fields.subscribedToUpdates ?? true,
        ...(fields.permissions === undefined ? {} : { permissions: fields.permissions }),
        source: 'api',
        status: 'active',
        loginEmail: false,
      });
    } catch (error) {
      if (options.upsert !== true || !RosterError.is(error, 'EMAIL_TAKEN')) throw error;
      await upsertExistingUser(roster, read.command);
    }
    return emailDigest(email);
  };
}
