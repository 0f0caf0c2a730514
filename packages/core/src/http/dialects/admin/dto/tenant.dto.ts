import { IsArray, IsBoolean, IsIn, IsInt, IsString, Max, Min } from 'class-validator';
import { MAX_DELETED_USER_RETENTION_DAYS, type IdentifyBy } from '../../../../domain';
import { MAX_AUDIT_RETENTION_DAYS } from '../../../../rules/retention.rules';
import { Required, TextRules, WhenPresent, WhenSet } from './admin-field-rules';

const SEATS = 'must be an integer, 0 or more, or null';
const HOSTS = 'must be an array of host names';
const RETENTION = `must be an integer from 1 to ${MAX_DELETED_USER_RETENTION_DAYS}`;
const AUDIT_RETENTION = `must be an integer from 1 to ${MAX_AUDIT_RETENTION_DAYS}, or null`;

/** What a create and an update both take; each adds `name` with its own rule. */
abstract class TenantFieldsDto {
  @WhenSet
  @IsString({ message: 'must be a string or null' })
  account_url?: string | null;

  @WhenPresent
  @IsArray({ message: HOSTS })
  @IsString({ each: true, message: HOSTS })
  hosts?: string[];

  @WhenSet
  @IsInt({ message: SEATS })
  @Min(0, { message: SEATS })
  seat_limit?: number | null;

  @WhenPresent
  @IsBoolean({ message: 'must be a boolean' })
  require_if_match?: boolean;

  @WhenPresent
  @IsInt({ message: RETENTION })
  @Min(1, { message: RETENTION })
  @Max(MAX_DELETED_USER_RETENTION_DAYS, { message: RETENTION })
  deleted_user_retention_days?: number;

  @WhenSet
  @IsInt({ message: AUDIT_RETENTION })
  @Min(1, { message: AUDIT_RETENTION })
  @Max(MAX_AUDIT_RETENTION_DAYS, { message: AUDIT_RETENTION })
  audit_retention_days?: number | null;
}

/** POST /roster/v1/tenants. */
export class CreateTenantDto extends TenantFieldsDto {
  @Required
  @TextRules(1, 128)
  name!: string;

  @WhenPresent
  @IsIn(['email', 'login'], { message: 'must be one of: email, login' })
  identify_by?: IdentifyBy;
}

/** PATCH /roster/v1/tenants/{id}: any of these. */
export class UpdateTenantDto extends TenantFieldsDto {
  @WhenPresent
  @TextRules(1, 128)
  name?: string;
}
