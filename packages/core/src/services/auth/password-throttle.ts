import { inject, injectable } from 'tsyringe';
import { RosterError } from '../../errors';
import { TOKENS, type RateLimiter, type RateLimiterFactory, type RateLimitState } from '../../ports';
import type { RosterConfig } from '../roster-config';
import { AttemptGate } from './attempt-gate';

export interface ThrottleSubject {
  /** null: an account nobody has (it is throttled like any other). */
  readonly tenantId: string | null;
  readonly identifier: string;
  readonly clientAddress?: string;
}

/**
 * Password guessing limits (docs/dialects/common.md): failures are counted per tenant + login and per
 * client address; once either count is used up, every attempt is refused with RATE_LIMITED until
 * the window passes, whether the password is right and whether the login exists or not.
 *
 * A burst of concurrent guesses must not all pass a check made before any of them failed:
 * - per login, no more attempts run at once (in this process) than the login has failures left;
 *   the others wait for one to end and look again. So simultaneous sign-ins with the right
 *   password all get through, and guesses get exactly the failures left. (Several processes
 *   sharing a limiter store may overshoot by what each lets run at once.)
 * - per address, attempts are counted when they start, with the limiter's atomic `hit`, and given
 *   back when they succeed (`reward`). A host limiter without `reward` counts the address after
 *   the fact: peek, then hit.
 */
@injectable()
export class PasswordThrottle {
  private readonly perLogin: RateLimiter;
  private readonly perAddress: RateLimiter;
  private readonly gate = new AttemptGate();

  constructor(@inject(TOKENS.RateLimiterFactory) factory: RateLimiterFactory, @inject(TOKENS.RosterConfig) config: RosterConfig) {
    const { perLogin, perAddress, windowSeconds } = config.passwordThrottle;
    // Fail closed: an attempt whose count cannot be checked on a shared store is refused (STORE_UNAVAILABLE).
    const storeOutage = 'refuse';
    this.perLogin = factory.create('password-login', { points: perLogin, durationSeconds: windowSeconds, storeOutage });
    this.perAddress = factory.create('password-address', { points: perAddress, durationSeconds: windowSeconds, storeOutage });
  }

  /**
   * Runs one sign-in attempt under the limits. `attempt` resolves with what it signed in, or null
   * for a failure (which is counted). Throws RATE_LIMITED (with `retryAfterSeconds`), without
   * running `attempt`, when the address or the login has no attempt left.
   */
  async run<T>(subject: ThrottleSubject, attempt: () => Promise<T | null>): Promise<T | null> {
    await this.beginAddress(subject.clientAddress);
    const login = loginKey(subject);
    try {
      await this.enterLogin(login);
    } catch (error) {
      // No password is checked: the address keeps its point.
      if (subject.clientAddress) await this.perAddress.reward?.(subject.clientAddress);
      throw error;
    }
    try {
      const outcome = await attempt();
      if (outcome === null) await this.recordFailure(login, subject.clientAddress);
      else await this.recordSuccess(login, subject.clientAddress);
      return outcome;
    } finally {
      this.gate.leave(login);
    }
  }

  private async beginAddress(address: string | undefined): Promise<void> {
    if (!address) return;
    const state = this.perAddress.reward ? await this.perAddress.hit(address) : await this.perAddress.peek(address);
    if (!state.allowed || (!this.perAddress.reward && state.remaining <= 0)) throw limited(state);
  }

  /** Waits until fewer attempts for the login run than it has failures left; RATE_LIMITED when none is left. */
  private async enterLogin(login: string): Promise<void> {
    for (;;) {
      const state = await this.perLogin.peek(login);
      if (!state.allowed || state.remaining <= 0) throw limited(state);
      if (this.gate.tryEnter(login, state.remaining)) return;
      await this.gate.nextExit(login);
    }
  }

  /** The login counts the failure; so does the address, if it could not count it when it started. */
  private async recordFailure(login: string, address: string | undefined): Promise<void> {
    await this.perLogin.hit(login);
    if (address && !this.perAddress.reward) await this.perAddress.hit(address);
  }

  /** The login's failures are cleared, the address gets its point back. */
  private async recordSuccess(login: string, address: string | undefined): Promise<void> {
    await this.perLogin.reset(login);
    if (address) await this.perAddress.reward?.(address);
  }
}

function limited(state: RateLimitState): RosterError {
  const retryAfterSeconds = Math.max(1, state.resetSeconds);
  return new RosterError('RATE_LIMITED', 'too many failed sign-in attempts', { retryAfterSeconds });
}

/** One key per tenant and login, case-insensitively; JSON keeps any tenant id apart from the login. */
function loginKey(subject: ThrottleSubject): string {
  return JSON.stringify([subject.tenantId, subject.identifier.trim().toLowerCase()]);
}
