import type { UserStatus } from '../../../../domain';
import { EmailRules, NameRules, RoleRules, SettingsRules, StatusRules, WhenPresent } from './field-rules';
import type { UserSettingsDto } from './user-settings.dto';

/** PUT /api/v1/users/{user_id}: any of these; `settings` replaces the whole object. */
export class UpdateUserDto {
  @WhenPresent
  @NameRules
  name?: string;

  @WhenPresent
  @EmailRules
  email?: string;

  @WhenPresent
  @RoleRules
  role?: string;

  @WhenPresent
  @StatusRules
  status?: UserStatus;

  @WhenPresent
  @SettingsRules
  settings?: UserSettingsDto;
}
