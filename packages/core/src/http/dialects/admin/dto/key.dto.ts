import type { Permission } from '../../../../domain';
import { IdRules, PermissionsRules, Required, RoleRules, TextRules, WhenPresent, WhenSet } from './admin-field-rules';

/** POST /roster/v1/keys. */
export class CreateKeyDto {
  @Required
  @TextRules(1, 100)
  name!: string;

  @Required
  @RoleRules
  role!: string;

  @WhenPresent
  @PermissionsRules
  permissions?: Permission[];

  /** Binds the key to an organization's subtree; null or absent: the whole tenant (or the caller's own organization). */
  @WhenSet
  @IdRules
  organization_id?: number | null;
}
