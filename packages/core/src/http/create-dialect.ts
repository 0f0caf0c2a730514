import { redactSecretText } from '../defaults/log-entry';
import { RosterError, type ErrorCode } from '../errors';
import type { Logger } from '../ports';
import type { Dialect, RosterRequest, RosterResponse, Route } from './http.types';
import { compileRoute, matchRoute } from './route-matcher';

/** A dialect's answer for each core error code: exhaustive, so a new code is a compile error. */
export type ErrorTable = Readonly<Record<ErrorCode, (error: RosterError) => RosterResponse>>;

export interface DialectDefinition {
  readonly name: string;
  /** Mount point, e.g. `/lms`; '' for none. Adapters mount the routes below it. */
  readonly prefix: string;
  readonly routes: readonly Route[];
  readonly errors: ErrorTable;
  /** The dialect's 413 answer (spec/common.md). */
  readonly payloadTooLarge: RosterResponse;
  readonly logger: Logger;
}

/**
 * Builds a dialect from its route table and error table. Every handler runs inside one
 * error boundary: a RosterError is answered from the error table; anything else is logged
 * and answered as the dialect's INTERNAL error, never echoed.
 */
export function createDialect(definition: DialectDefinition): Dialect {
  const compiled = definition.routes.map(compileRoute);
  const answerError = (error: unknown, request: RosterRequest): RosterResponse => {
    if (error instanceof RosterError) {
      if (error.code === 'INTERNAL' || error.code === 'STORE_UNAVAILABLE') logUnexpected(definition, error, request);
      return definition.errors[error.code](error);
    }
    logUnexpected(definition, error, request);
    return definition.errors.INTERNAL(new RosterError('INTERNAL', 'unexpected error', {}, { cause: error }));
  };
  return {
    name: definition.name,
    prefix: definition.prefix,
    routes: definition.routes,
    async handle(request: RosterRequest): Promise<RosterResponse | null> {
      const match = matchRoute(compiled, request.method.toUpperCase(), request.path);
      if (match === null) return null;
      if (request.bodyTooLarge) return definition.payloadTooLarge;
      try {
        return await match.route.handle({ request, params: match.params });
      } catch (error) {
        return answerError(error, request);
      }
    },
  };
}

function logUnexpected(definition: DialectDefinition, error: unknown, request: RosterRequest): void {
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
