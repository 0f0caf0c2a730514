export interface PasswordCredentials {
  /**
   * The account. null: the caller found no account by what the client sent. The attempt then
   * fails like one with an unknown user (a dummy hash is verified, and it is throttled), so its
   * answer and timing do not tell an unknown account from a wrong password.
   */
  readonly tenantId: string | null;
  /** E-mail or login. */
  readonly identifier: string;
  readonly password: string;
  /** The client's address, for the per-address throttle. */
  readonly clientAddress?: string;
}

export interface ApiKeyCredentials {
  readonly secret: string;
  /** When the tenant is already known (courselit `domain`), a key of another tenant fails. */
  readonly tenantId?: string;
}
