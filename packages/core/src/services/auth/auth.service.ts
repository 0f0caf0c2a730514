import { inject, injectable } from 'tsyringe';
import type { Actor } from '../../domain';
import type { AuthServiceApi } from '../../roster.types';
import type { ApiKeyCredentials, PasswordCredentials } from '../auth-service.types';
import { ApiKeyAuthService } from './api-key-auth.service';
import { PasswordAuthService } from './password-auth.service';

/** The authentication API of a Roster. */
@injectable()
export class AuthService implements AuthServiceApi {
  constructor(
    @inject(ApiKeyAuthService) private readonly apiKeys: ApiKeyAuthService,
    @inject(PasswordAuthService) private readonly passwords: PasswordAuthService,
  ) {}

  authenticateApiKey(credentials: ApiKeyCredentials): Promise<Actor> {
    return this.apiKeys.authenticate(credentials);
  }

  authenticatePassword(credentials: PasswordCredentials): Promise<Actor> {
    return this.passwords.authenticate(credentials);
  }
}
