import { Transform, Type } from 'class-transformer';
import { IsDefined, IsIn, IsObject, IsString, Length, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { USER_STATUSES } from '../../../../domain';
import { isValidEmail } from '../../../../rules';
import { UserSettingsDto } from './user-settings.dto';

/**
 * One property decorator per wire field, shared by the create and update DTOs so that each rule
 * and message is written once. Each combines its checks in the order they run: class-validator
 * checks a property's constraints in registration order and the dialect validates with
 * `stopAtFirstError`, so the type check comes first and a wrong type gets one clear message.
 */
function rules(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}

const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** Must be present. */
export const Required = IsDefined({ message: 'is required' });
/** May be absent; when present it is checked (so `null` is refused, not skipped as `@IsOptional` would). */
export const WhenPresent = ValidateIf((_dto: object, value: unknown) => value !== undefined);

export const EmailRules = rules(
  trimmed,
  ValidateBy(
    { name: 'isRosterEmail', validator: { validate: (value: unknown) => isValidEmail(value) } },
    { message: 'must be a valid e-mail address' },
  ),
);

export const NameRules = rules(
  trimmed,
  IsString({ message: 'must be a string' }),
  Length(1, 255, { message: 'must be 1 to 255 characters' }),
);

export const PasswordRules = rules(IsString({ message: 'must be a string' }), Length(8, 255, { message: 'must be 8 to 255 characters' }));

/** Whether the tenant knows the role is checked against the role catalog (`http/validation/role-check.ts`). */
export const RoleRules = IsString({ message: 'must be a string' });

export const StatusRules = IsIn(USER_STATUSES, { message: 'must be one of: active, inactive, pending' });

export const SettingsRules = rules(
  IsObject({ message: 'must be an object' }),
  ValidateNested(),
  Type(() => UserSettingsDto),
);
