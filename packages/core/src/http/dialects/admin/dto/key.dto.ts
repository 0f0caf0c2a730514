import { IsInt, IsRFC3339, Max, Min } from 'class-validator';
import type { Permission } from '../../../../domain';
import { MAX_GRACE_SECONDS } from '../../../../services/api-keys/api-key-policy';
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

  /** RFC 3339, in the future (the service checks that against its clock); null or absent: never. */
  @WhenSet
  @IsRFC3339({ message: 'must be an RFC 3339 date-time' })
  expires_at?: string | null;
}

/** POST /roster/v1/keys/{id}/rotate. */
export class RotateKeyDto {
  @WhenPresent
  @IsInt({ message: `must be an integer from 0 to ${MAX_GRACE_SECONDS}` })
  @Min(0, { message: `must be an integer from 0 to ${MAX_GRACE_SECONDS}` })
  @Max(MAX_GRACE_SECONDS, { message: `must be an integer from 0 to ${MAX_GRACE_SECONDS}` })
  grace_seconds?: number;
}
