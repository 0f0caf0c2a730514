import { IsISO8601, IsString } from 'class-validator';
import { PageQuery, present } from './page.query';

const TIME = 'must be an RFC 3339 date-time';

/** GET /roster/v1/audit-events (and its export). Unknown parameters are refused. */
export class ListAuditEventsQuery extends PageQuery {
  /** The actor's id: an API key's id or a user's integer id. */
  @present
  @IsString({ message: 'must be a string' })
  actor?: string;

  /** The target's id: a user's integer id or an API key's id. */
  @present
  @IsString({ message: 'must be a string' })
  target?: string;

  /** One or more event types, comma-separated. */
  @present
  @IsString({ message: 'must be event types, comma-separated' })
  type?: string;

  @present
  @IsISO8601({ strict: true }, { message: TIME })
  from?: string;

  @present
  @IsISO8601({ strict: true }, { message: TIME })
  to?: string;
}
