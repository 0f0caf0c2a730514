import { EmailRules, NameRules, PasswordRules, Required, RoleRules, SettingsRules, WhenPresent } from './field-rules';
import type { UserSettingsDto } from './user-settings.dto';

/** POST /api/v1/users. Any other field is refused (the validator forbids non-whitelisted keys). */
export class CreateUserDto {
  @Required
  @EmailRules
  email!: string;

  @Required
  @NameRules
  name!: string;

  @WhenPresent
  @RoleRules
  role?: string;

  @WhenPresent
  @PasswordRules
  password?: string;

  @WhenPresent
  @SettingsRules
  settings?: UserSettingsDto;
}
