import { courselitDialect, ispringDialect, objectiveDialect, restV1Dialect, type DialectPlugin } from '@roster/core/http';

/** All four dialects, mounted at their default prefixes, as a host serving every platform would. */
export const ALL_DIALECTS: readonly DialectPlugin[] = [courselitDialect, ispringDialect, objectiveDialect, restV1Dialect];
