import { describeDialectLimits } from './dialect-limits.suite';
import { describeRosterRouter } from './roster-router.suite';

describeRosterRouter('Express 5');
describeDialectLimits('Express 5');
