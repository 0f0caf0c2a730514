import { ispringActors, type IspringCredentials } from '@roster/testing';
import { OutboxMailer, SilentLogger } from '../../../defaults';
import type { Roster } from '../../../roster.types';
import { bootstrappedRoster, plainHasher, PLAIN_HASH_MARK } from '../bootstrapped-roster.fixture';
import type { Dialect, RosterResponse } from '../../http.types';
import { createIspringDialect, type IspringDialectOptions } from './index';

/** Test-only helpers for the in-process specs (not built). */

export type Credentials = IspringCredentials;
export const actors = ispringActors;

/** Every password of the bootstrap file, to prove no answer ever carries one. */
export const ALL_PASSWORDS: readonly string[] = Object.values(actors).map((actor) => actor.password);

/** Fast and reversible: these tests are about the wire, not about hashing. Hashes start `plain:`. */
export const HASH_MARK = PLAIN_HASH_MARK;
export const fakeHasher = plainHasher();

export interface SendOptions {
  /** Whose credentials go in the X-Auth-* headers (default the acme administrator); null: none. */
  readonly as?: Credentials | null;
  readonly headers?: Readonly<Record<string, string>>;
  readonly clientAddress?: string;
  readonly bodyTooLarge?: boolean;
}

export interface Answer extends RosterResponse {
  readonly text: string;
}

export interface IspringHarness {
  readonly roster: Roster;
  readonly dialect: Dialect;
  readonly mailer: OutboxMailer;
  /** Every answer given so far. */
  readonly answers: readonly Answer[];
  send(method: string, path: string, options?: SendOptions): Promise<Answer>;
}

export function authHeaders(credentials: Credentials): Record<string, string> {
  return {
    'x-auth-account-url': credentials.accountUrl,
    'x-auth-email': credentials.email,
    'x-auth-password': credentials.password,
  };
}

export async function setupIspring(options: IspringDialectOptions = {}): Promise<IspringHarness> {
  const mailer = new OutboxMailer({ logger: new SilentLogger() });
  const roster = await bootstrappedRoster({ passwordHasher: fakeHasher, mailer });
  const dialect = createIspringDialect(roster, options);
  const answers: Answer[] = [];
  const send = async (method: string, path: string, sent: SendOptions = {}): Promise<Answer> => {
    const credentials = sent.as === undefined ? actors.admin : sent.as;
    const headers: Record<string, string> = credentials === null ? {} : authHeaders(credentials);
    for (const [name, value] of Object.entries(sent.headers ?? {})) headers[name.toLowerCase()] = value;
    const response = await dialect.handle({
      method,
      path,
      query: {},
      headers,
      body: Buffer.alloc(0),
      ...(sent.clientAddress === undefined ? {} : { clientAddress: sent.clientAddress }),
      ...(sent.bodyTooLarge ? { bodyTooLarge: true } : {}),
    });
    if (response === null) throw new Error(`no route for ${method} ${path}`);
    const answer = { ...response, text: response.body.toString() };
    answers.push(answer);
    return answer;
  };
  return { roster, dialect, mailer, answers, send };
}

/** The id of the user with this e-mail, read through the core. */
export async function idOf(harness: IspringHarness, email: string): Promise<number> {
  const owner = await harness.roster.auth.authenticatePassword({
    tenantId: await tenantId(harness, actors.owner.accountUrl),
    identifier: actors.owner.email,
    password: actors.owner.password,
  });
  return (await harness.roster.users.get(owner, { email })).id;
}

async function tenantId(harness: IspringHarness, accountUrl: string): Promise<string> {
  const tenant = await harness.roster.tenants.findByAccountUrl(accountUrl);
  if (tenant === null) throw new Error(`no tenant at ${accountUrl}`);
  return tenant.id;
}
