import { Catch, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import type { Roster } from '@roster/core';
import { ROSTER } from './roster.constants';
import { RosterRequestFailure } from './roster-request.failure';

/**
 * Bound to Roster's generated controllers only, and catching only RosterRequestFailure: every
 * other error on those routes (a host guard's 401, an interceptor's timeout) goes to the host's
 * own filters, and the host's other routes never meet this filter. The dialects answer all
 * their errors themselves, so what arrives here is I/O: a body that could not be read gets a
 * bare 400 (the client has usually gone), an answer that could not be written a bare 500.
 * The log names the stage and the cause's message, never headers or bodies.
 */
@Catch(RosterRequestFailure)
export class RosterExceptionFilter implements ExceptionFilter<RosterRequestFailure> {
  constructor(@Inject(ROSTER) private readonly roster: Roster) {}

  catch(failure: RosterRequestFailure, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<ServerResponse>();
    const cause = failure.cause instanceof Error ? failure.cause.message : String(failure.cause);
    this.roster.logger.warn(failure.message, { cause });
    if (res.headersSent) res.destroy();
    else res.writeHead(failure.stage === 'read' ? 400 : 500, { 'Content-Length': '0' }).end();
  }
}
