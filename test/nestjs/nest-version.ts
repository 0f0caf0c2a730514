/** The NestJS major version this jest project means to test (jest.config.js `globals`). */
export const EXPECTED_NEST_MAJOR = (globalThis as { NEST_MAJOR?: number }).NEST_MAJOR ?? 11;

/** The NestJS version actually loaded, as `@nestjs/core` reports it. */
export function loadedNestVersion(): string {
  return (require('@nestjs/core/package.json') as { version: string }).version;
}
