export { UserService } from './user.service';
export { UserLifecycleService } from './user-lifecycle.service';
export { PurgeDeletedUsersService } from './purge-deleted-users.service';
export type {
  DeletedUserListResult,
  DeletedUserView,
  ListDeletedUsersInput,
  PurgeDeletedUsersOptions,
  PurgeDeletedUsersResult,
  UserLifecycleApi,
} from './user-lifecycle.types';
