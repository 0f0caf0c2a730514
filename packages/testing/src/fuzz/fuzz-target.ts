import fc from 'fast-check';
import type { RouteDescriptor, RosterRequest } from '@roster/core/http';
import type { FuzzBody } from './hostile-body';
import type { FuzzQuery } from './hostile-query';
import type { ResponseRules } from './response-invariants';

/** What a target knows about the running dialect when it builds its request arbitraries. */
export interface FuzzContext {
  /** Existing users' ids as this dialect writes them in paths (integers, or `usr_` ids). */
  readonly userIds: readonly string[];
  /** Those of users that exist only to be changed and deleted (none of them acts): paths name them most. */
  readonly victimIds: readonly string[];
  /** The dialect's whole route table (a `*` route answers the methods the others do not). */
  readonly routes: readonly RouteDescriptor[];
}

/**
 * One dialect's part of the fuzz: how a hostile request to each of its routes looks (with
 * enough valid credentials and fields that the fuzz gets past authentication and validation),
 * and what every answer must satisfy.
 */
export interface DialectFuzzTarget {
  /** The dialect's name (`DialectPlugin.name`). */
  readonly dialect: string;
  /** How a user id appears in this dialect's paths. */
  readonly idKind: 'integer' | 'public';
  readonly rules: ResponseRules;
  request(route: RouteDescriptor, context: FuzzContext): fc.Arbitrary<RosterRequest>;
}

/** Methods sent to a `*` route: every other method, standard or not (a method is any token). */
const METHODS = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
  'TRACE',
  'CONNECT',
  'PROPFIND',
  'MKCOL',
  'PURGE',
  'M-SEARCH',
  'X',
];

/** The route's own method, or for a `*` route any method no other route of that path takes. */
export function methodFor(route: RouteDescriptor, routes: readonly RouteDescriptor[]): fc.Arbitrary<string> {
  if (route.method !== '*') return fc.constant(route.method);
  const taken = new Set(routes.filter((other) => other.path === route.path).map((other) => other.method));
  return fc.constantFrom(...METHODS.filter((method) => !taken.has(method)));
}

export interface RequestParts {
  readonly method: fc.Arbitrary<string>;
  readonly path: fc.Arbitrary<string>;
  /** Credentials and the dialect's own headers (lower-case names). */
  readonly headers: fc.Arbitrary<Record<string, string>>;
  readonly body: fc.Arbitrary<FuzzBody>;
  readonly query?: fc.Arbitrary<FuzzQuery>;
  /** The client address an adapter may take from X-Forwarded-For: attacker-controlled behind a proxy. */
  readonly clientAddress?: fc.Arbitrary<string | undefined>;
}

/** Puts the parts together into the neutral request the adapters build. */
export function composeRequest(parts: RequestParts): fc.Arbitrary<RosterRequest> {
  return fc
    .record({
      method: parts.method,
      path: parts.path,
      headers: parts.headers,
      body: parts.body,
      query: parts.query ?? fc.constant({}),
      clientAddress: parts.clientAddress ?? fc.constant(undefined),
    })
    .map(({ method, path, headers, body, query, clientAddress }) => ({
      method,
      path,
      query,
      headers,
      body: body.body,
      ...(body.bodyTooLarge ? { bodyTooLarge: true } : {}),
      ...(clientAddress === undefined ? {} : { clientAddress }),
    }));
}

/** Merges header maps left to right, keeping `__proto__`-named headers as own keys. */
export function mergeHeaders(...maps: readonly Readonly<Record<string, string>>[]): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const map of maps) {
    for (const [name, value] of Object.entries(map))
      Object.defineProperty(merged, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return merged;
}

/** Attacker-chosen client addresses (behind a trusting proxy they come from X-Forwarded-For). */
export function clientAddress(): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: fc.ipV4() },
    { weight: 1, arbitrary: fc.ipV6() },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', 'unknown', '::ffff:127.0.0.1', '1.2.3.4, 5.6.7.8', '\u0000', '__proto__', 'x'.repeat(5000)),
    },
  );
}
