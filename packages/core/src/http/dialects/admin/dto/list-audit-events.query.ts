import { Transform } from 'class-transformer';
import { IsInt, IsISO8601, IsString, Max, Min, ValidateIf } from 'class-validator';

const integer = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' && /^[0-9]{1,16}$/.test(value) ? Number(value) : Number.NaN,
);
const present = ValidateIf((_query: object, value: unknown) => value !== undefined);
const LIMIT = 'must be an integer from 1 to 100';
const TIME = 'must be an RFC 3339 date-time';

/** GET /roster/v1/audit-events (and its export). Unknown parameters are refused. */
export class ListAuditEventsQuery {
  @present
  @integer
  @IsInt({ message: LIMIT })
  @Min(1, { message: LIMIT })
  @Max(100, { message: LIMIT })
  limit?: number;

  @present
  @IsString({ message: 'must be a cursor from next' })
  after?: string;

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
