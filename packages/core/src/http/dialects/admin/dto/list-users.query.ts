import { IsIn, IsInt, IsString, MaxLength, Min } from 'class-validator';
import { MAX_SEARCH_LENGTH } from '../user-search';
import { integer, PageQuery, present } from './page.query';

/** The orders `sort` names: a field, `-` before it for descending. */
export const USER_LIST_SORTS: readonly string[] = ['created', 'email', 'name', 'last_login'].flatMap((name) => [name, `-${name}`]);
const BOOLEAN = ['true', 'false'];

/** DELETE /roster/v1/users/{id}: `purge=true` removes the user for good at once. */
export class DeleteUserQuery {
  @present
  @IsIn(['true', 'false'], { message: 'must be true or false' })
  purge?: 'true' | 'false';
}

/** GET /roster/v1/users. Unknown parameters are refused (a typo must not widen a list silently). */
export class ListUsersQuery extends PageQuery {
  /** Comma-separated statuses (any of them); `deleted` alone: the soft-deleted users (no other filter). Checked in user-list-query.ts. */
  @present
  @IsString({ message: 'must be a string' })
  status?: string;

  /** Comma-separated roles (any of them); checked against the catalog in user-list-query.ts. */
  @present
  @IsString({ message: 'must be a string' })
  role?: string;

  @present
  @integer
  @IsInt({ message: 'must be a positive integer' })
  @Min(1, { message: 'must be a positive integer' })
  organization_id?: number;

  /** `true`: the users of `organization_id` and of every organization below it. */
  @present
  @IsIn(BOOLEAN, { message: 'must be true or false' })
  organization_subtree?: 'true' | 'false';

  @present
  @integer
  @IsInt({ message: 'must be a positive integer' })
  @Min(1, { message: 'must be a positive integer' })
  group_id?: number;

  /** ISO 8601 instants (exclusive bounds), checked in user-list-query.ts. */
  @present
  @IsString({ message: 'must be a string' })
  created_after?: string;

  @present
  @IsString({ message: 'must be a string' })
  created_before?: string;

  @present
  @IsString({ message: 'must be a string' })
  last_login_after?: string;

  @present
  @IsString({ message: 'must be a string' })
  last_login_before?: string;

  @present
  @IsIn(USER_LIST_SORTS, { message: `must be one of: ${USER_LIST_SORTS.join(', ')}` })
  sort?: string;

  /** `true`: the answer carries `total`, the exact number of matches (a count the list otherwise skips). */
  @present
  @IsIn(BOOLEAN, { message: 'must be true or false' })
  total?: 'true' | 'false';

  /**
   * Text search: users whose e-mail, first name, last name or login contains this text, in any case
   * (`%`, `_` and `\` are literal). Empty: no search.
   */
  @present
  @IsString({ message: 'must be a string' })
  @MaxLength(MAX_SEARCH_LENGTH, { message: `must be at most ${MAX_SEARCH_LENGTH} characters` })
  q?: string;
}
