import type { PasswordThrottleOptions } from '../roster.types';

/** Settings of one Roster instance, registered under `TOKENS.RosterConfig`. */
export interface RosterConfig {
  readonly passwordThrottle: PasswordThrottleOptions;
}

/** docs/dialects/common.md: 10 failures per account + login, 100 per client address, within 15 minutes. */
export const DEFAULT_PASSWORD_THROTTLE: PasswordThrottleOptions = {
  perLogin: 10,
  perAddress: 100,
  windowSeconds: 900,
};

/** Length of the password generated for a user created without one. */
export const DEFAULT_GENERATED_PASSWORD_LENGTH = 16;
