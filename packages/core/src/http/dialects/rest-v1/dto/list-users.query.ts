import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, Max, Min, ValidateIf } from 'class-validator';
import { USER_STATUSES, type UserStatus } from '../../../../domain';

/** Largest page accepted: keeps (page - 1) × limit a safe integer for every store. */
export const MAX_PAGE = 2_147_483_647;

/** Digits only ("2", not "2.0", "+2", " 2" or "1e3"); anything else (arrays included) becomes NaN. */
const integer = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' && /^[0-9]{1,16}$/.test(value) ? Number(value) : Number.NaN,
);
const present = ValidateIf((_query: object, value: unknown) => value !== undefined);
const PAGE_MESSAGE = `must be an integer from 1 to ${MAX_PAGE}`;
const LIMIT_MESSAGE = 'must be an integer from 1 to 100';

/**
 * GET /api/v1/users query. Each integer rule repeats one message, so whichever check fails
 * first the answer is the same. Unknown parameters are ignored (validated with `whitelist`
 * but without `forbidNonWhitelisted`).
 */
export class ListUsersQuery {
  @present
  @integer
  @IsInt({ message: PAGE_MESSAGE })
  @Min(1, { message: PAGE_MESSAGE })
  @Max(MAX_PAGE, { message: PAGE_MESSAGE })
  page?: number;

  @present
  @integer
  @IsInt({ message: LIMIT_MESSAGE })
  @Min(1, { message: LIMIT_MESSAGE })
  @Max(100, { message: LIMIT_MESSAGE })
  limit?: number;

  @present
  @IsIn(USER_STATUSES, { message: 'must be one of: active, inactive, pending' })
  status?: UserStatus;

  /** Exact role name; whether the tenant knows it is checked against the role catalog. */
  @present
  @IsString({ message: 'must be a string' })
  role?: string;

  /** Keyset cursor (`meta.next` of the previous answer); empty starts a walk at the first user. */
  @present
  @IsString({ message: 'must be a string' })
  after?: string;
}
