import { IsIn, IsInt, IsString, Min } from 'class-validator';
import { USER_STATUSES, type UserStatus } from '../../../../domain';
import { integer, PageQuery, present } from './page.query';

const LISTED_STATUSES: readonly string[] = [...USER_STATUSES, 'deleted'];

/** DELETE /roster/v1/users/{id}: `purge=true` removes the user for good at once. */
export class DeleteUserQuery {
  @present
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  purge?: 'true' | 'false';
}

/** GET /roster/v1/users. Unknown parameters are refused (a typo must not widen a list silently). */
export class ListUsersQuery extends PageQuery {
  /** `deleted`: the soft-deleted users (no other filter). */
  @present
  @IsIn(LISTED_STATUSES, { message: `must be one of: ${LISTED_STATUSES.join(', ')}` })
  status?: UserStatus | 'deleted';

  @present
  @IsString({ message: 'must be a string' })
  role?: string;

  @present
  @integer
  @IsInt({ message: 'must be a positive integer' })
  @Min(1, { message: 'must be a positive integer' })
  organization_id?: number;
}
