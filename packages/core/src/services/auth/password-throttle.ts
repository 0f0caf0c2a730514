import { inject, injectable } from 'tsyringe';
import { RosterError } from '../../errors';
import { TOKENS, type RateLimiter, type RateLimiterFactory, type RateLimitState } from '../../ports';
import type { RosterConfig } from '../roster-config';

export interface ThrottleSubject {
  readonly tenantId: string;
  readonly identifier: string;
  readonly clientAddress?: string;
}

/**
 * Password guessing limits (spec/common.md): failures are counted per tenant + login and per
 * client address; once either count is used up, every attempt is refused with RATE_LIMITED until
 * the window passes, whether the password is right and whether the login exists or not.
 */
@injectable()
export class PasswordThrottle {
  private readonly perLogin: RateLimiter;
  private readonly perAddress: RateLimiter;

  constructor(
    @inject(TOKENS.RateLimiterFactory) factory: RateLimiterFactory,
    @inject(TOKENS.RosterConfig) config: RosterConfig,
  ) {
    const { perLogin, perAddress, windowSeconds } = config.passwordThrottle;
    this.perLogin = factory.create('password-login', { points: perLogin, durationSeconds: windowSeconds });
    this.perAddress = factory.create('password-address', { points: perAddress, durationSeconds: windowSeconds });
  }

  /** Throws RATE_LIMITED (with `retryAfterSeconds`) when the login or the address is throttled. */
  async check(subject: ThrottleSubject): Promise<void> {
    const states = [await this.perLogin.peek(loginKey(subject))];
    if (subject.clientAddress) states.push(await this.perAddress.peek(subject.clientAddress));
    const blocked = states.filter((state) => !state.allowed || state.remaining <= 0);
    if (blocked.length > 0) {
      const retryAfterSeconds = Math.max(1, ...blocked.map((state: RateLimitState) => state.resetSeconds));
      throw new RosterError('RATE_LIMITED', 'too many failed sign-in attempts', { retryAfterSeconds });
    }
  }

  async recordFailure(subject: ThrottleSubject): Promise<void> {
    await this.perLogin.hit(loginKey(subject));
    if (subject.clientAddress) await this.perAddress.hit(subject.clientAddress);
  }

  /** A successful sign-in clears the login's failures (not the address's). */
  async recordSuccess(subject: ThrottleSubject): Promise<void> {
    await this.perLogin.reset(loginKey(subject));
  }
}

function loginKey(subject: ThrottleSubject): string {
  return `${subject.tenantId}:${subject.identifier.trim().toLowerCase()}`;
}
