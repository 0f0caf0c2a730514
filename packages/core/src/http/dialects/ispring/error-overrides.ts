import type { ErrorAnswer, RouteErrorOverrides } from '../../create-dialect';
import { textResponse } from '../../responses';
import { parseFieldsXml } from './fields-xml.parser';
import { ISPRING_TEXT } from './ispring.errors';
import type { ISPRING_ROUTES } from './ispring.routes';

type IspringRouteName = (typeof ISPRING_ROUTES)[number]['name'];

/** The update's answer to a taken login or e-mail, echoing the value as the client sent it. */
const notUnique =
  (field: 'email' | 'login'): ErrorAnswer =>
  (error, { request }) => {
    const sent = sentValue(request.headers['x-fields-xml'], field) ?? error.details.value ?? '';
    return textResponse(400, `Invalid value ${sent}. Field ${field} must be unique.`);
  };

/** What `X-Fields-Xml` held for `field` (the route parsed it already, so this cannot fail there). */
function sentValue(xml: string | undefined, field: 'email' | 'login'): string | null | undefined {
  try {
    return parseFieldsXml(xml)[field];
  } catch {
    return undefined;
  }
}

/**
 * The routes' own answers for a few codes, where the original API words them differently; the
 * dialect's error hook (createDialect's `errorOverrides`) uses them, every other code goes to
 * `ispringErrors`.
 */
export const ISPRING_ERROR_OVERRIDES: Readonly<Partial<Record<IspringRouteName, RouteErrorOverrides>>> = {
  // `Unknown User`, capital U, on GET only.
  getUser: { USER_NOT_FOUND: () => textResponse(404, ISPRING_TEXT.unknownUserOnGet) },
  updateUser: { EMAIL_TAKEN: notUnique('email'), LOGIN_TAKEN: notUnique('login') },
};
