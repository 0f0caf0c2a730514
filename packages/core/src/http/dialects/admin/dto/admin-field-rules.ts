import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsInt, IsString, Length, Min, ValidateBy, ValidateIf } from 'class-validator';
import { PERMISSIONS, USER_STATUSES } from '../../../../domain';
import { isValidEmail } from '../../../../rules';

/**
 * Property decorators for the admin DTOs, each rule and message written once. Checks run in the
 * order given (the dialect validates with `stopAtFirstError`), so a wrong type gets one message.
 */
function rules(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const decorator of decorators) decorator(target, key);
  };
}

const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export const Required = IsDefined({ message: 'is required' });
/** Checked when present; `null` is checked too (and refused unless the rule allows it). */
export const WhenPresent = ValidateIf((_dto: object, value: unknown) => value !== undefined);
/** Checked when present and not null: for fields that `null` clears. */
export const WhenSet = ValidateIf((_dto: object, value: unknown) => value !== undefined && value !== null);

export const EmailRules = rules(
  trimmed,
  ValidateBy(
    { name: 'isRosterEmail', validator: { validate: (value: unknown) => isValidEmail(value) } },
    { message: 'must be a valid e-mail address' },
  ),
);
export const TextRules = (min: number, max: number) =>
  rules(trimmed, IsString({ message: 'must be a string' }), Length(min, max, { message: `must be ${min} to ${max} characters` }));
export const PasswordRules = rules(IsString({ message: 'must be a string' }), Length(8, 255, { message: 'must be 8 to 255 characters' }));
/** Whether the tenant knows the role is checked against the role catalog afterwards. */
export const RoleRules = IsString({ message: 'must be a string' });
export const StatusRules = IsIn(USER_STATUSES, { message: `must be one of: ${USER_STATUSES.join(', ')}` });
export const IdRules = rules(IsInt({ message: 'must be a positive integer' }), Min(1, { message: 'must be a positive integer' }));
export const PermissionsRules = rules(
  IsArray({ message: 'must be an array of permissions' }),
  ArrayMaxSize(PERMISSIONS.length * 2, { message: 'lists too many permissions' }),
  IsIn(PERMISSIONS, { each: true, message: `must hold only: ${PERMISSIONS.join(', ')}` }),
);
