import { describeAllDialectsConformance } from '@roster/testing';
import { NEST_HOSTS, startNestConformanceHost } from './nestjs-hosts';

// `testTimeout` in a jest project is ignored (it is a global option): hooks start hosts, which takes seconds on a busy machine.
jest.setTimeout(30_000);

describe.each(NEST_HOSTS)('%s', (name, variant) => {
  describeAllDialectsConformance(startNestConformanceHost(name, variant));
});
