import type { RateLimitPolicy } from '../../../ports';
import type { DialectBaseOptions } from '../../dialect-plugin';

export interface RestV1DialectOptions extends DialectBaseOptions {
  /**
   * Requests per API key (counted after authentication). Off by default; the example hosts use
   * `{ points: 1000, durationSeconds: 60 }` (docs/dialects/common.md).
   */
  readonly rateLimit?: RateLimitPolicy | false;
}
