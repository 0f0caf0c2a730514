import type { ErrorAnswer, RouteErrorOverrides } from '../../create-dialect';
import { textResponse } from '../../responses';
import { sentFieldValue } from './fields-xml.parser';
import { ISPRING_TEXT, notUniqueText } from './ispring.errors';
import type { ISPRING_ROUTES } from './ispring.routes';

type IspringRouteName = (typeof ISPRING_ROUTES)[number]['name'];

/** The update's answer to a taken login or e-mail, echoing the value as the client sent it. */
const notUnique =
  (field: 'email' | 'login'): ErrorAnswer =>
  (error, { request }) => {
    const sent = sentFieldValue(request.headers['x-fields-xml'], field) ?? error.details.value ?? '';
    return textResponse(400, notUniqueText(sent, field));
  };

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
