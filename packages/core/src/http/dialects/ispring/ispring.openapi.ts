import type { AnswerDescription, DialectApiDescription, ParameterDescription } from '../../openapi/openapi.types';
import { emptyAnswer, header, RETRY_AFTER, textAnswer } from '../../openapi/openapi-answers';
import { ISPRING_TEXT as T } from './ispring.errors';
import { INTEGER, INTEGER_LIST } from './ispring-headers.dto';
import type { ISPRING_ROUTES } from './ispring.routes';

const integer = { type: 'string', pattern: INTEGER.source };
const integerList = { type: 'string', pattern: INTEGER_LIST.source };

/** Every route signs the acting user in with these three headers. */
const SIGN_IN: readonly ParameterDescription[] = [
  header('X-Auth-Account-Url', 'The tenant’s account URL (scheme, host case and a trailing slash do not matter)', { type: 'string' }, true),
  header('X-Auth-Email', 'The acting user’s e-mail or login', { type: 'string' }, true),
  header('X-Auth-Password', 'The acting user’s password', { type: 'string' }, true),
];
const PLACEMENT: readonly ParameterDescription[] = [
  header('X-Organization-Id', 'An organization id (default: the actor’s)', integer),
  header('X-Role', 'A role of the catalog, exact case (default: the lowest)', { type: 'string', minLength: 1 }),
  header('X-Groups', 'Comma-separated group ids', integerList),
];
const id: ParameterDescription = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'The user id' };
const xml = (description: string, example: string): AnswerDescription => ({
  description,
  content: { type: 'application/xml', schema: { type: 'string' }, example },
});

const common = {
  401: textAnswer('A sign-in header missing or empty; unknown account, user or password; a user not active', [T.unauthorized]),
  429: textAnswer('Too many failed sign-ins for this account and login, or from this address', [T.tooManyRequests], RETRY_AFTER),
  500: textAnswer('An unexpected failure (logged, never echoed)', [T.internal]),
  503: textAnswer('The store is unavailable', [T.unavailable]),
};
const denied = { 403: textAnswer('The actor lacks the permission, or ranks below the user, role or organization', [T.permissionDenied]) };
const badRequest = (description: string) => ({ 400: textAnswer(description, [T.badRequest]) });
const tooLarge = { 413: textAnswer('A body over 1 MiB', [T.badRequest]) };
const conflict = { 409: textAnswer('A concurrent change', [T.conflict]) };
const PROFILE =
  '<userProfile><userId>1</userId><status>1</status><role>owner</role><organizationId>1</organizationId><groups></groups><fields><login>owner</login><email>owner@acme.example.com</email></fields></userProfile>';

/** ispring's routes for the OpenAPI document (docs/dialects/ispring.md): everything in headers. */
export const ISPRING_API: DialectApiDescription<typeof ISPRING_ROUTES> = {
  description: 'iSpring Learn’s first-generation REST API: every parameter in an `X-*` header, plain-text errors, XML profiles',
  routes: {
    createUser: {
      summary: 'Create a user',
      parameters: [
        ...SIGN_IN,
        header('X-Email', 'The e-mail (required when the tenant identifies users by e-mail)', { type: 'string', format: 'email' }),
        header('X-Login', 'The login (required when the tenant identifies users by login)'),
        header('X-Password', 'Without it a random password is set (never returned)'),
        ...PLACEMENT,
        header('X-Send-Login-Email', 'Send the sign-in e-mail (default 1)', { type: 'string', enum: ['0', '1'] }),
        header('X-Invitation-Message', 'Text added to the sign-in e-mail'),
        header(
          'X-Fields-Xml',
          'Optional `<fields>` with profile fields of the tenant’s schema (`X-Email`, `X-Login` and `X-Password` win over the same fields here)',
          { type: 'string' },
        ),
      ],
      responses: {
        201: {
          ...textAnswer('Created: the new id, no newline', ['1']),
          content: { type: 'text/plain', schema: { type: 'string', pattern: '^[0-9]+$' }, example: '1' },
          headers: {
            'X-Exceeded-Groups': { description: 'Groups not joined (unknown or outside the actor’s scope)', schema: integerList },
          },
        },
        ...badRequest('A required header missing, an invalid e-mail, a malformed id or list, an unknown role or organization'),
        ...common,
        403: textAnswer('The actor lacks the permission or outranks nothing asked, or the seat limit is reached', [
          T.permissionDenied,
          T.seatsExceeded,
        ]),
        409: textAnswer('The e-mail or the login is taken, or a concurrent change', [T.emailTaken, T.loginTaken, T.conflict]),
        ...tooLarge,
      },
    },
    listUsers: {
      summary: 'List users (XML)',
      parameters: [
        ...SIGN_IN,
        header('X-Organization-Id', 'Only this organization', integer),
        header('X-Group-Id', 'Only this group', integer),
        header('X-Page', 'Roster’s addition: the 1-based page of `listLimit` users', { type: 'string', pattern: '^[1-9]\\d{0,8}$' }),
      ],
      responses: {
        200: {
          ...xml('The users the actor may see, in creation order', `<?xml version="1.0" encoding="UTF-8"?>\n<users>${PROFILE}</users>`),
          headers: {
            'X-Total-Count': { description: 'Roster’s addition: how many users match', schema: { type: 'string', pattern: '^[0-9]+$' } },
          },
        },
        ...badRequest('`X-Organization-Id`, `X-Group-Id` or `X-Page` malformed'),
        ...common,
        ...denied,
        ...tooLarge,
      },
    },
    profileFields: {
      summary: 'The tenant’s profile-field schema (XML)',
      parameters: [...SIGN_IN],
      responses: {
        200: xml(
          'One `<userFieldInfo>` per field, standard ones first, then the tenant’s custom ones; list fields carry their `<values>`',
          `<?xml version="1.0" encoding="UTF-8"?>\n<userProfileFields><userFieldInfo><userFieldInfoId>1</userFieldInfoId><name>login</name><label>Login</label><type>login</type><isUnique>true</isUnique><isVisible>true</isVisible><isRequired>false</isRequired><orderPriority>0</orderPriority></userFieldInfo></userProfileFields>`,
        ),
        ...common,
        ...denied,
        ...tooLarge,
      },
    },
    getUser: {
      summary: 'One user (XML)',
      parameters: [id, ...SIGN_IN],
      responses: {
        200: xml('The user’s profile as the root', `<?xml version="1.0" encoding="UTF-8"?>\n${PROFILE}`),
        ...common,
        ...denied,
        404: textAnswer('No such id, an id that is no number, or a user outside the actor’s scope', [T.unknownUserOnGet]),
        ...tooLarge,
      },
    },
    updateUser: {
      summary: 'Change a user',
      parameters: [
        id,
        ...SIGN_IN,
        header(
          'X-Fields-Xml',
          '`<fields>` with any field of the tenant’s profile-field schema (see `GET /user/profile/fields`) and `password` (no DTD, at most 64 KiB)',
          { type: 'string' },
          true,
        ),
        ...PLACEMENT,
      ],
      responses: {
        200: emptyAnswer('Changed'),
        400: textAnswer(
          '`X-Fields-Xml` missing or malformed, an unknown field or a bad value, a malformed header, or a new e-mail, login or unique field value that another user has',
          [T.badRequest, 'Invalid value East.User@acme.example.com. Field email must be unique.'],
        ),
        ...common,
        ...denied,
        404: textAnswer('No such user, or one outside the actor’s scope', [T.unknownUser]),
        ...conflict,
        ...tooLarge,
      },
    },
    deleteUser: {
      summary: 'Delete a user',
      parameters: [id, ...SIGN_IN],
      responses: {
        204: emptyAnswer('Deleted'),
        ...common,
        ...denied,
        404: textAnswer('No such user, or one outside the actor’s scope', [T.unknownUser]),
        ...conflict,
        ...tooLarge,
      },
    },
  },
};
