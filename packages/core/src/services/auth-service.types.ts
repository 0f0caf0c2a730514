export interface PasswordCredentials {
  readonly tenantId: string;
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
