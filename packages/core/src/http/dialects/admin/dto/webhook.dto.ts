import { IsArray, IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator';
import type { AuditEventType } from '../../../../ports';
import { AUDIT_EVENT_TYPES } from '../../../../ports/audit-event-store.port';
import { MAX_WEBHOOK_GRACE_SECONDS } from '../../../../services/webhooks';
import { Required, TextRules, WhenPresent, WhenSet } from './admin-field-rules';

const TYPES = `must be event types of: ${AUDIT_EVENT_TYPES.join(', ')}`;
const GRACE = `must be an integer from 0 to ${MAX_WEBHOOK_GRACE_SECONDS}`;

/** POST /roster/v1/webhooks. */
export class CreateWebhookDto {
  @Required
  @TextRules(1, 2048)
  url!: string;

  /** Empty or absent: every type. */
  @WhenPresent
  @IsArray({ message: TYPES })
  @IsIn(AUDIT_EVENT_TYPES, { each: true, message: TYPES })
  event_types?: AuditEventType[];

  @WhenSet
  @TextRules(0, 500)
  description?: string | null;
}

/** PATCH /roster/v1/webhooks/{id}: the fields sent change. */
export class UpdateWebhookDto {
  @WhenPresent
  @TextRules(1, 2048)
  url?: string;

  @WhenPresent
  @IsArray({ message: TYPES })
  @IsIn(AUDIT_EVENT_TYPES, { each: true, message: TYPES })
  event_types?: AuditEventType[];

  @WhenSet
  @TextRules(0, 500)
  description?: string | null;

  @WhenPresent
  @IsBoolean({ message: 'must be true or false' })
  enabled?: boolean;
}

/** POST /roster/v1/webhooks/{id}/rotate-secret. */
export class RotateWebhookSecretDto {
  @WhenPresent
  @IsInt({ message: GRACE })
  @Min(0, { message: GRACE })
  @Max(MAX_WEBHOOK_GRACE_SECONDS, { message: GRACE })
  grace_seconds?: number;
}
