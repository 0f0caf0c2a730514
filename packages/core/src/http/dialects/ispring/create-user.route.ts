import type { Roster } from '../../../roster.types';
import type { CreateUserInput } from '../../../services';
import type { RouteHandler } from '../../dialect-plugin';
import { textResponse } from '../../responses';
import { parseFieldsXml } from './fields-xml.parser';
import { authenticateIspring, tenantSchema } from './ispring-auth';
import { CreateUserHeadersDto } from './ispring-headers.dto';
import { CREATE_HEADERS, exceededGroupsHeader, placementInput, readHeaders } from './ispring-headers';

/**
 * `POST /user`: 201 with the new id as plain text, `X-Exceeded-Groups` when some groups were
 * refused. E-mail, login and password go to the core as sent: it requires the tenant's
 * identifying field, checks the address and generates a password when none is sent. The
 * optional `X-Fields-Xml` gives names and profile values; `X-Email`, `X-Login` and `X-Password`
 * win over the same fields in it.
 */
export function createUserRoute(roster: Roster): RouteHandler {
  return async ({ request }) => {
    const actor = await authenticateIspring(roster, request);
    const { headers } = request;
    const dto = readHeaders(CreateUserHeadersDto, headers, CREATE_HEADERS);
    const xml = headers['x-fields-xml'];
    const fields = xml === undefined ? {} : parseFieldsXml(xml, await tenantSchema(roster, actor));
    const input: CreateUserInput = {
      ...fields,
      email: headers['x-email'] ?? fields.email,
      login: headers['x-login'] ?? fields.login,
      password: headers['x-password'] ?? fields.password,
      ...placementInput(dto),
      loginEmail: dto.sendLoginEmail === '0' ? false : { invitationMessage: headers['x-invitation-message'] },
    };
    const result = await roster.users.create(actor, input);
    return textResponse(201, String(result.user.id), exceededGroupsHeader(result.exceededGroupIds));
  };
}
