import { inject, injectable } from 'tsyringe';
import type { Actor, SchemaField, UserView } from '../../domain';
import type { UserServiceApi } from '../../roster.types';
import type {
  CreateUserInput,
  DeleteUserOptions,
  ListUserPageInput,
  ListUsersInput,
  UpdateUserInput,
  UpdateUserOptions,
  UserListResult,
  UserPageResult,
  UserRef,
  UserWriteResult,
} from '../user-service.types';
import { CreateUserService } from './create-user.service';
import { DeleteUserService } from './delete-user.service';
import { ReadUserService } from './read-user.service';
import { UpdateUserService } from './update-user.service';

/** The user API of a Roster: one entry point over the services of each operation. */
@injectable()
export class UserService implements UserServiceApi {
  constructor(
    @inject(CreateUserService) private readonly creator: CreateUserService,
    @inject(ReadUserService) private readonly reader: ReadUserService,
    @inject(UpdateUserService) private readonly updater: UpdateUserService,
    @inject(DeleteUserService) private readonly deleter: DeleteUserService,
  ) {}

  create(actor: Actor, input: CreateUserInput): Promise<UserWriteResult> {
    return this.creator.create(actor, input);
  }

  get(actor: Actor, ref: UserRef): Promise<UserView> {
    return this.reader.get(actor, ref);
  }

  isEmailTaken(actor: Actor, email: string, exceptUserId?: number | null): Promise<boolean> {
    return this.reader.isEmailTaken(actor, email, exceptUserId);
  }

  list(actor: Actor, input: ListUsersInput): Promise<UserListResult> {
    return this.reader.list(actor, input);
  }

  listPage(actor: Actor, input: ListUserPageInput): Promise<UserPageResult> {
    return this.reader.listPage(actor, input);
  }

  update(actor: Actor, ref: UserRef, input: UpdateUserInput, options?: UpdateUserOptions): Promise<UserWriteResult> {
    return this.updater.update(actor, ref, input, options);
  }

  delete(actor: Actor, ref: UserRef, options?: DeleteUserOptions): Promise<void> {
    return this.deleter.delete(actor, ref, options);
  }

  profileSchema(actor: Actor): Promise<readonly SchemaField[]> {
    return this.reader.profileSchema(actor);
  }
}
