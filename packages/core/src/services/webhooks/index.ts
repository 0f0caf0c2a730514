export {
  MAX_WEBHOOK_GRACE_SECONDS,
  WebhookAdminService,
  type CreateWebhookInput,
  type UpdateWebhookInput,
  type WebhookAdminApi,
  type WebhookDeliveryPage,
  type WebhookOptions,
  type WebhookWithSecret,
} from './webhook-admin.service';
