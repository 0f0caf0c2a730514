export { ApiKeyAdminService } from './api-key-admin.service';
export type {
  ApiKeyServiceApi,
  ApiKeyView,
  CreateApiKeyInput,
  CreatedApiKey,
  RotateApiKeyInput,
  RotatedApiKey,
} from './api-key-admin.types';
export { KEY_MANAGEMENT_PERMISSION } from './api-key-policy';
