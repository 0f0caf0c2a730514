import { fixture } from '@roster/testing';
import type { Clock } from '../../../ports';
import type { Roster } from '../../../roster.types';
import { bootstrappedRoster } from '../bootstrapped-roster.fixture';
import type { Dialect, RosterRequest, RosterResponse } from '../../http.types';
import { createRestV1Dialect, type RestV1DialectOptions } from './index';

/**
 * Test-only (not built): the rest-v1 dialect in-process, on a real Roster over memory stores
 * loaded with the conformance bootstrap.
 */

export const keys = { ...fixture.acme.keys, globex: fixture.globex.keys.admin, tiny: fixture.tiny.keys.admin };

/** A clock that stands still until the test moves it. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export interface Harness {
  readonly roster: Roster;
  readonly clock: ManualClock;
  readonly dialect: Dialect;
  send(method: string, path: string, options?: SendOptions): Promise<Answer>;
}

export interface SendOptions {
  readonly key?: string | null;
  readonly body?: unknown;
  /** Raw bytes instead of JSON. */
  readonly raw?: Buffer;
  readonly query?: RosterRequest['query'];
  readonly headers?: Record<string, string>;
  readonly bodyTooLarge?: boolean;
}

export interface Answer extends RosterResponse {
  readonly text: string;
  readonly json: any;
}

export async function setupRestV1(options: RestV1DialectOptions = {}, start = '2023-01-15T08:30:00.250Z'): Promise<Harness> {
  const clock = new ManualClock(new Date(start));
  const roster = await bootstrappedRoster({ clock });
  const dialect = createRestV1Dialect(roster, options);
  const send = async (method: string, path: string, sent: SendOptions = {}): Promise<Answer> => {
    const key = sent.key === undefined ? keys.admin : sent.key;
    const body = sent.raw ?? (sent.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(sent.body)));
    const response = await dialect.handle({
      method,
      path,
      query: sent.query ?? {},
      headers: { ...(key === null ? {} : { authorization: `Bearer ${key}` }), ...sent.headers },
      body,
      ...(sent.bodyTooLarge ? { bodyTooLarge: true } : {}),
    });
    if (response === null) throw new Error(`no route for ${method} ${path}`);
    const text = response.body.toString();
    return { ...response, text, json: text === '' ? undefined : JSON.parse(text) };
  };
  return { roster, clock, dialect, send };
}

export const JSON_TYPE = 'application/json; charset=utf-8';

/** `{"success":false,"message":…}` as the dialect writes it. */
export const failureBody = (message: string): string => JSON.stringify({ success: false, message });

/** `{"success":false,"message":"Invalid parameters","errors":{…}}` as the dialect writes it. */
export const invalidBody = (errors: Record<string, string[]>): string =>
  JSON.stringify({ success: false, message: 'Invalid parameters', errors });

/** Creates a user through the dialect and returns its `usr_` id. */
export async function createUser(harness: Harness, body: Record<string, unknown>, key: string = keys.admin): Promise<string> {
  const answer = await harness.send('POST', '/api/v1/users', { key, body });
  if (answer.status !== 201) throw new Error(`create failed: ${answer.status} ${answer.text}`);
  return answer.json.data.id as string;
}

/** The public id of a bootstrap user, read through the dialect. */
export async function publicIdOf(harness: Harness, email: string, key: string = keys.owner): Promise<string> {
  const list = await harness.send('GET', '/api/v1/users', { key, query: { limit: '100' } });
  const user = (list.json.data as { id: string; email: string }[]).find((u) => u.email === email);
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}
