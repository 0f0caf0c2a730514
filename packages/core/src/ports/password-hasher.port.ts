/** Hashes and verifies passwords. Implementations must keep the event loop free. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False (never a throw) for a wrong password or an unreadable hash. */
  verify(hash: string, password: string): Promise<boolean>;
}
