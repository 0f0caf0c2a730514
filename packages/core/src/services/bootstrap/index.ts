export { BootstrapService } from './bootstrap.service';
