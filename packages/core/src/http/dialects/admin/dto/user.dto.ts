import type { Permission, UserStatus } from '../../../../domain';
import {
  EmailRules,
  IdRules,
  PasswordRules,
  PermissionsRules,
  Required,
  RoleRules,
  StatusRules,
  TextRules,
  WhenPresent,
  WhenSet,
} from './admin-field-rules';

const NameRules = TextRules(0, 255);
const LoginRules = TextRules(1, 255);

/** What a create and an update both take; each adds `email` with its own rule. */
abstract class UserFieldsDto {
  @WhenSet
  @LoginRules
  login?: string | null;

  @WhenPresent
  @NameRules
  first_name?: string;

  @WhenPresent
  @NameRules
  last_name?: string;

  @WhenPresent
  @PasswordRules
  password?: string;

  @WhenPresent
  @RoleRules
  role?: string;

  @WhenPresent
  @StatusRules
  status?: UserStatus;

  @WhenPresent
  @IdRules
  organization_id?: number;

  @WhenPresent
  @PermissionsRules
  permissions?: Permission[];
}

/** POST /roster/v1/users. Unknown fields are refused. */
export class CreateUserDto extends UserFieldsDto {
  @Required
  @EmailRules
  email!: string;
}

/** PATCH /roster/v1/users/{id}: any of these; `login: null` clears the login. */
export class UpdateUserDto extends UserFieldsDto {
  @WhenPresent
  @EmailRules
  email?: string;
}
