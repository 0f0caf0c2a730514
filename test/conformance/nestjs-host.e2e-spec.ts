import { describeAllDialectsConformance } from '@roster/testing';
import { NEST_HOSTS, startNestConformanceHost } from './nestjs-hosts';

jest.setTimeout(30_000);

describe.each(NEST_HOSTS)('%s', (name, variant) => {
  describeAllDialectsConformance(startNestConformanceHost(name, variant), variant.suites);
});
