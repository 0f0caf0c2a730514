export { GroupService } from './group.service';
