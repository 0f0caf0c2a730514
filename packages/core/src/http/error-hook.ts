import { redactSecretText } from '../defaults/log-entry';
import { RosterError, type ErrorCode } from '../errors';
import type { Logger } from '../ports';
import type { RosterResponse, Route, RouteContext } from './http.types';

/** A dialect's answer for each core error code: exhaustive, so a new code is a compile error. */
export type ErrorTable = Readonly<Record<ErrorCode, (error: RosterError) => RosterResponse>>;

/** One route's own answer to a code; it sees the request (ispring echoes what the client sent). */
export type ErrorAnswer = (error: RosterError, context: RouteContext) => RosterResponse;

/** A route's own answers for some codes; every other code goes to the dialect's table. */
export type RouteErrorOverrides = Readonly<Partial<Record<ErrorCode, ErrorAnswer>>>;

/** Runs on every answer of a matched route (success, error, 413): e.g. rest-v1's RateLimit-* headers. */
export type ResponseDecorator = (response: RosterResponse, context: RouteContext) => RosterResponse;

export interface ErrorHookDefinition {
  readonly name: string;
  readonly routes: readonly Route[];
  readonly errors: ErrorTable;
  /** By route name. */
  readonly errorOverrides?: Readonly<Record<string, RouteErrorOverrides>>;
  readonly logger: Logger;
}

export type ErrorHook = (error: unknown, route: Route, context: RouteContext) => RosterResponse;

/** Server-side faults: logged (method and path only), then answered like any other code. */
const LOGGED: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['INTERNAL', 'STORE_UNAVAILABLE', 'STORE_INTEGRITY', 'CONFIGURATION_INVALID']);

/**
 * The dialect's one error boundary: a RosterError is answered by the route's override for its
 * code, else by the error table; anything else is logged and answered as INTERNAL, never echoed.
 * An override for a route the dialect does not have is a configuration mistake, refused here.
 */
export function createErrorHook(definition: ErrorHookDefinition): ErrorHook {
  const overrides = definition.errorOverrides ?? {};
  const names = new Set(definition.routes.map((route) => route.name));
  for (const name of Object.keys(overrides)) {
    if (!names.has(name)) {
      throw new RosterError('CONFIGURATION_INVALID', `${definition.name}: error overrides for an unknown route "${name}"`);
    }
  }
  return (thrown, route, context) => {
    const error = thrown instanceof RosterError ? thrown : new RosterError('INTERNAL', 'unexpected error', {}, { cause: thrown });
    if (LOGGED.has(error.code)) logUnexpected(definition, thrown, context);
    const override = Object.hasOwn(overrides, route.name) ? overrides[route.name]?.[error.code] : undefined;
    return override ? override(error, context) : definition.errors[error.code](error);
  };
}

function logUnexpected(definition: ErrorHookDefinition, error: unknown, { request }: RouteContext): void {
  // Method and path only: headers and bodies may carry credentials.
  definition.logger.error('roster: request failed', {
    dialect: definition.name,
    method: request.method,
    path: request.path,
    // Whatever logger the host passed: a driver's message may quote a statement with a hash in it.
    error:
      error instanceof Error
        ? { name: error.name, message: redactSecretText(error.message), stack: redactSecretText(error.stack ?? '') }
        : redactSecretText(String(error)),
  });
}
