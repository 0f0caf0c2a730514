import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, Min, ValidateIf } from 'class-validator';

/** Digits only; anything else (arrays included) becomes NaN and fails the integer rule. */
export const integer = Transform(({ value }: { value: unknown }) =>
  typeof value === 'string' && /^[0-9]{1,16}$/.test(value) ? Number(value) : Number.NaN,
);
/** A query parameter's rules run only when it was sent. */
export const present = ValidateIf((_query: object, value: unknown) => value !== undefined);
const LIMIT = 'must be an integer from 1 to 100';

/** The paging parameters every admin list takes: `limit` (1–100) and the `after` cursor of the previous page. */
export class PageQuery {
  @present
  @integer
  @IsInt({ message: LIMIT })
  @Min(1, { message: LIMIT })
  @Max(100, { message: LIMIT })
  limit?: number;

  @present
  @IsString({ message: 'must be a cursor from next' })
  after?: string;
}
