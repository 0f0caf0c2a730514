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

/** POST /roster/v1/users. Unknown fields are refused. */
export class CreateUserDto {
  @Required
  @EmailRules
  email!: string;

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

/** PATCH /roster/v1/users/{id}: any of these; `login: null` clears the login. */
export class UpdateUserDto {
  @WhenPresent
  @EmailRules
  email?: string;

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
