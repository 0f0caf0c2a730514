export { ImportService } from './import.service';
export { IMPORT_BATCH_ROWS } from './import-service.types';
export type { ImportProgressListener, ImportServiceApi, StartImportInput } from './import-service.types';
