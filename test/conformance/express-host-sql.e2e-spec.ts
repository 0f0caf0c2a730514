import { describeAllDialectsConformance } from '@roster/testing';
import { EXPRESS_SQL_HOSTS, startExpressHost } from './express-hosts';

jest.setTimeout(30_000);

describe.each(EXPRESS_SQL_HOSTS)('%s example host', (name, variant) => {
  describeAllDialectsConformance(startExpressHost(name, variant), variant.suites);
});
