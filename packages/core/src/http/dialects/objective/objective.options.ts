import type { DialectBaseOptions } from '../../dialect-plugin';

/** Only the mount point (default none). */
export type ObjectiveDialectOptions = DialectBaseOptions;
