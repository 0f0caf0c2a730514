import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, Min, ValidateIf } from 'class-validator';
import { USER_STATUSES, type UserStatus } from '../../../../domain';

/** Digits only; anything else (arrays included) becomes NaN and fails the integer rule. */
const integer = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' && /^[0-9]{1,16}$/.test(value) ? Number(value) : Number.NaN,
);
const present = ValidateIf((_query: object, value: unknown) => value !== undefined);
const LIMIT = 'must be an integer from 1 to 100';

/** GET /roster/v1/users. Unknown parameters are refused (a typo must not widen a list silently). */
export class ListUsersQuery {
  @present
  @integer
  @IsInt({ message: LIMIT })
  @Min(1, { message: LIMIT })
  @Max(100, { message: LIMIT })
  limit?: number;

  @present
  @IsString({ message: 'must be a cursor from next' })
  after?: string;

  @present
  @IsIn(USER_STATUSES, { message: `must be one of: ${USER_STATUSES.join(', ')}` })
  status?: UserStatus;

  @present
  @IsString({ message: 'must be a string' })
  role?: string;

  @present
  @integer
  @IsInt({ message: 'must be a positive integer' })
  @Min(1, { message: 'must be a positive integer' })
  organization_id?: number;
}
