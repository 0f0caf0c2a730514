import { IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength, validateSync } from 'class-validator';
import { COURSELIT_PAGE_PERMISSIONS, type Permission } from '../../../domain';
import { own } from '../../json-body';

/** The 11 permissions of the CourseLit page (not `user:read`, which is Roster's own). */
export const COURSELIT_PERMISSIONS = COURSELIT_PAGE_PERMISSIONS;

/** The optional fields of POST and PATCH; `null` counts as absent (IsOptional). */
export class CourselitFieldsDto {
  @IsOptional()
  @IsBoolean()
  subscribedToUpdates?: boolean | null;

  @IsOptional()
  @IsString()
  @MaxLength(255)
  name?: string | null;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @IsIn(COURSELIT_PERMISSIONS, { each: true })
  permissions?: string[] | null;
}

export interface CourselitFields {
  readonly subscribedToUpdates?: boolean;
  readonly name?: string;
  readonly permissions?: readonly Permission[];
}

export type FieldsCheck =
  { readonly ok: true; readonly fields: CourselitFields } | { readonly ok: false; readonly reason: 'bad_request' | 'invalid_permission' };

/**
 * Steps 7–9: a wrong type or length is "Bad request"; only when every field is well formed does
 * an unknown permission get "Invalid permission".
 */
export function checkFields(body: Record<string, unknown>): FieldsCheck {
  const dto = Object.assign(new CourselitFieldsDto(), {
    subscribedToUpdates: own(body, 'subscribedToUpdates'),
    name: own(body, 'name'),
    permissions: own(body, 'permissions'),
  });
  const failed = validateSync(dto).flatMap((error) => Object.keys(error.constraints ?? {}));
  if (failed.some((constraint) => constraint !== 'isIn')) return { ok: false, reason: 'bad_request' };
  if (failed.length > 0) return { ok: false, reason: 'invalid_permission' };
  return {
    ok: true,
    fields: {
      ...(dto.subscribedToUpdates == null ? {} : { subscribedToUpdates: dto.subscribedToUpdates }),
      ...(dto.name == null ? {} : { name: dto.name }),
      ...(dto.permissions == null ? {} : { permissions: dto.permissions as Permission[] }),
    },
  };
}
