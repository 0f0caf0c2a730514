import { describeAllDialectsConformance } from '@roster/testing';
import { NEST_HOSTS, startNestConformanceHost } from './nestjs-hosts';

describe.each(NEST_HOSTS)('%s', (name, variant) => {
  describeAllDialectsConformance(startNestConformanceHost(name, variant));
});
