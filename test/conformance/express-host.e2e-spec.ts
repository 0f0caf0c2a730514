import { describeAllDialectsConformance } from '@roster/testing';
import { EXPRESS_HOSTS, startExpressHost } from './express-hosts';

describe.each(EXPRESS_HOSTS)('%s example host', (name, expressModule) => {
  describeAllDialectsConformance(startExpressHost(name, expressModule));
});
