import { expect } from '@jest/globals';
import { ispringActors, type IspringCredentials } from './conformance-fixture';
import type { StartConformanceHost } from './conformance-host';
import { sendRequest, type WireResponse } from './http-client';
import { useConformanceHost } from './use-conformance-host';

/** Helpers of the ispring conformance files (docs/dialects/ispring.md). */

export const TEXT_TYPE = 'text/plain; charset=utf-8';
export const XML_TYPE = 'application/xml; charset=utf-8';
export const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export { ispringActors, type IspringCredentials } from './conformance-fixture';

export interface IspringSendOptions {
  /** Credentials for the X-Auth-* headers; default the acme administrator; null for none. */
  readonly as?: IspringCredentials | null;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export type IspringSend = (method: string, path: string, options?: IspringSendOptions) => Promise<WireResponse>;

export interface IspringHostUse {
  readonly send: IspringSend;
  /** Every answer this describe block received, to check that none carried a secret. */
  readonly answers: WireResponse[];
}

export function ispringAuthHeaders(as: IspringCredentials): Record<string, string> {
  return { 'X-Auth-Account-Url': as.accountUrl, 'X-Auth-Email': as.email, 'X-Auth-Password': as.password };
}

/** Starts a host for the enclosing describe block (beforeAll/afterAll) and returns a sender. */
export function useIspringHost(startHost: StartConformanceHost): IspringHostUse {
  return ispringClient(useConformanceHost(startHost));
}

/** A sender for the host at `baseUrl()` that keeps every answer. */
export function ispringClient(baseUrl: () => string): IspringHostUse {
  const answers: WireResponse[] = [];
  const send: IspringSend = async (method, path, options = {}) => {
    const as = options.as === undefined ? ispringActors.admin : options.as;
    const headers = { ...(as === null ? {} : ispringAuthHeaders(as)), ...options.headers };
    const answer = await sendRequest(baseUrl(), { method, path, headers, ...(options.body === undefined ? {} : { body: options.body }) });
    answers.push(answer);
    return answer;
  };
  return { send, answers };
}

/** Exact status, exact body, plain-text content type. */
export function expectText(answer: WireResponse, status: number, body: string): void {
  expect({ status: answer.status, body: answer.text, type: answer.headers['content-type'] }).toEqual({ status, body, type: TEXT_TYPE });
}

/** Exact status and the XML content type; returns the body. */
export function expectXml(answer: WireResponse, status = 200): string {
  expect({ status: answer.status, type: answer.headers['content-type'] }).toEqual({ status, type: XML_TYPE });
  return answer.text;
}

const element = (name: string, value: string | undefined): string => (value ? `<${name}>${value}</${name}>` : '');

/** One `<userProfile>` exactly as the dialect writes it (compact; only the fields that have a value). */
export function userProfileXml(user: {
  id: number;
  status: 1 | 3;
  role: string;
  organizationId: number;
  groups?: readonly number[];
  login?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  /** The other fields' elements, as written. */
  more?: string;
}): string {
  const groups = (user.groups ?? []).map((id) => `<id>${id}</id>`).join('');
  return (
    `<userProfile><userId>${user.id}</userId><status>${user.status}</status><role>${user.role}</role>` +
    `<organizationId>${user.organizationId}</organizationId><groups>${groups}</groups>` +
    `<fields>${element('login', user.login)}${element('first_name', user.firstName)}` +
    `${element('last_name', user.lastName)}${element('email', user.email)}${user.more ?? ''}</fields></userProfile>`
  );
}

/** The user ids of a `<users>` document, in order. */
export function userIdsOf(xml: string): number[] {
  return [...xml.matchAll(/<userId>(\d+)<\/userId>/g)].map((match) => Number(match[1]));
}

/** The id of the user with this e-mail, read through `GET /user` as the account owner. */
export async function ispringIdOf(send: IspringSend, email: string, as: IspringCredentials = ispringActors.owner): Promise<number> {
  const xml = (await send('GET', '/user', { as })).text;
  const profile = xml.split('<userProfile>').find((part) => part.includes(`<email>${email}</email>`));
  const id = profile === undefined ? null : /<userId>(\d+)<\/userId>/.exec(profile);
  if (!id) throw new TypeError(`no user ${email} in the list`);
  return Number(id[1]);
}

/** Every password of the fixture, and what hashes look like, for the no-secret check. */
export const ISPRING_SECRETS: readonly string[] = [
  ...Object.values(ispringActors).map((actor) => actor.password),
  '$argon2',
  'passwordHash',
];

/** No answer (status line, headers, body) carries a password or a hash. */
export function expectNoSecrets(answers: readonly WireResponse[], extra: readonly string[] = []): void {
  expect(answers.length).toBeGreaterThan(0);
  const everything = answers.map((answer) => `${answer.status} ${JSON.stringify(answer.headers)} ${answer.text}`).join('\n');
  for (const secret of [...ISPRING_SECRETS, ...extra])
    expect({ secret, found: everything.includes(secret) }).toEqual({ secret, found: false });
}
