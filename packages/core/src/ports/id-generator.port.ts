export interface IdGenerator {
  /** A random, unguessable public user id: `usr_` and a suffix. */
  publicUserId(): string;
  /** An opaque unique id (tenants, API keys). */
  id(): string;
  /** A strong random password of `length` characters, from a cryptographic source. */
  password(length: number): string;
}
