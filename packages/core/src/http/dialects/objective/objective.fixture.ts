import { fixture } from '@roster/testing';
import type { Roster } from '../../../roster.types';
import { bootstrappedRoster, plainHasher } from '../bootstrapped-roster.fixture';
import type { Dialect, RosterResponse } from '../../http.types';
import { createObjectiveDialect, type ObjectiveDialectOptions } from './index';

/** Test-only helpers for the in-process specs (not built). */

export const keys = fixture.acme.keys;

/** Fast and transparent: these tests are about the wire. Hashes start `plain:`. */
export const fakeHasher = plainHasher();

export interface SendOptions {
  /** The Bearer key (default the acme administrator's); null: no Authorization header. */
  readonly key?: string | null;
  /** A value is sent as JSON; a string or Buffer as is. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly bodyTooLarge?: boolean;
}

export interface Answer extends RosterResponse {
  readonly text: string;
  /** The body parsed as JSON (undefined when it is not JSON). */
  readonly json: unknown;
}

export interface ObjectiveHarness {
  readonly roster: Roster;
  readonly dialect: Dialect;
  send(method: string, path: string, options?: SendOptions): Promise<Answer>;
  /** The id of the acme user with this e-mail, read through the core. */
  idOf(email: string): Promise<number>;
}

const toBytes = (body: unknown): Buffer =>
  body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));

export async function setupObjective(options: ObjectiveDialectOptions = {}): Promise<ObjectiveHarness> {
  const roster = await bootstrappedRoster({ passwordHasher: fakeHasher });
  const dialect = createObjectiveDialect(roster, options);
  const send = async (method: string, path: string, sent: SendOptions = {}): Promise<Answer> => {
    const key = sent.key === undefined ? keys.admin : sent.key;
    const headers: Record<string, string> = key === null ? {} : { authorization: `Bearer ${key}` };
    for (const [name, value] of Object.entries(sent.headers ?? {})) headers[name.toLowerCase()] = value;
    const response = await dialect.handle({
      method,
      path,
      query: {},
      headers,
      body: toBytes(sent.body),
      ...(sent.bodyTooLarge ? { bodyTooLarge: true } : {}),
    });
    if (response === null) throw new Error(`no route for ${method} ${path}`);
    const text = response.body.toString();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { ...response, text, json };
  };
  const idOf = async (email: string): Promise<number> => {
    const owner = await roster.auth.authenticateApiKey({ secret: keys.owner });
    return (await roster.users.get(owner, { email })).id;
  };
  return { roster, dialect, send, idOf };
}
