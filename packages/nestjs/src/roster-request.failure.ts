import { RosterError } from '@roster/core';

/**
 * A failure around a dialect, never a dialect's answer: the request body could not be read
 * (the client hung up), or the answer could not be written. Thrown only by Roster's generated
 * handlers, caught only by RosterExceptionFilter; guards, pipes and interceptors of the host
 * keep their own errors and the host's filters.
 */
export class RosterRequestFailure extends RosterError {
  constructor(
    readonly stage: 'read' | 'write',
    cause: unknown,
  ) {
    super('INTERNAL', `roster: the request failed while ${stage === 'read' ? 'reading its body' : 'writing the answer'}`, {}, { cause });
  }
}
