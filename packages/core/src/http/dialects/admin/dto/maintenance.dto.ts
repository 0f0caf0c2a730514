import { IsInt, Max, Min } from 'class-validator';
import { MAX_AUDIT_RETENTION_DAYS } from '../../../../rules/retention.rules';
import { TextRules, WhenPresent } from './admin-field-rules';

/** The most rows one statement of the purge may remove when asked over HTTP. */
export const MAX_PURGE_BATCH_SIZE = 10_000;

const DAYS = `must be an integer from 1 to ${MAX_AUDIT_RETENTION_DAYS}`;
const BATCH = `must be an integer from 1 to ${MAX_PURGE_BATCH_SIZE}`;

/** POST /roster/v1/maintenance/purge-event-history: every field optional (`{}` runs it with the defaults). */
export class PurgeEventHistoryDto {
  /** Only this tenant's audit events; the webhook history is purged across tenants either way. */
  @WhenPresent
  @TextRules(1, 128)
  tenant_id?: string;

  @WhenPresent
  @IsInt({ message: DAYS })
  @Min(1, { message: DAYS })
  @Max(MAX_AUDIT_RETENTION_DAYS, { message: DAYS })
  webhook_history_days?: number;

  @WhenPresent
  @IsInt({ message: BATCH })
  @Min(1, { message: BATCH })
  @Max(MAX_PURGE_BATCH_SIZE, { message: BATCH })
  batch_size?: number;
}
