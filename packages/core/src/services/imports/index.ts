export { ImportService, IMPORT_BATCH_ROWS } from './import.service';
export type { ImportProgressListener, ImportServiceApi, StartImportInput } from './import.service';
