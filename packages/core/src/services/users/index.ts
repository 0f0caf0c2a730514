export { UserService } from './user.service';
