import { IsIn, IsInt, IsString, Min } from 'class-validator';
import { USER_STATUSES, type UserStatus } from '../../../../domain';
import { integer, PageQuery, present } from './page.query';

/** GET /roster/v1/users. Unknown parameters are refused (a typo must not widen a list silently). */
export class ListUsersQuery extends PageQuery {
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
