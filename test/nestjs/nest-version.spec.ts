import { EXPECTED_NEST_MAJOR, loadedNestVersion } from './nest-version';

describe('the NestJS under test', () => {
  it(`is NestJS ${EXPECTED_NEST_MAJOR} (the jest project's), for these specs and @roster/nestjs alike`, () => {
    // @roster/nestjs resolves @nestjs/* through the same mapping as the specs; the e2e specs
    // would fail to inject HttpAdapterHost if it loaded another copy.
    expect(Number(loadedNestVersion().split('.')[0])).toBe(EXPECTED_NEST_MAJOR);
  });
});
