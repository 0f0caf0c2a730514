import { describeAllDialectsConformance } from '@roster/testing';
import { EXPRESS_MEMORY_HOSTS, startExpressHost } from './express-hosts';

jest.setTimeout(30_000);

describe.each(EXPRESS_MEMORY_HOSTS)('%s example host', (name, variant) => {
  describeAllDialectsConformance(startExpressHost(name, variant), variant.suites);
});
