/**
 * The test runner's functions, handed to the store contract suite by its caller, so the suite
 * imports neither `@jest/globals` nor `vitest` and runs under both. The shapes are the part of
 * each runner's API the contract uses; Jest's and Vitest's own functions fit them as they are.
 */
/** The synchronous matchers the contract uses (also under `.not`). */
export interface ContractBaseMatchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatchObject(expected: object): void;
  toBeNull(): void;
  toBeInstanceOf(expected: unknown): void;
  toHaveProperty(path: string): void;
  toHaveLength(length: number): void;
  toContain(item: unknown): void;
  toBeGreaterThan(expected: number): void;
  toBeLessThan(expected: number): void;
}

export interface ContractMatchers extends ContractBaseMatchers {
  readonly not: ContractBaseMatchers;
  readonly rejects: ContractAsyncMatchers;
}

/** `expect(promise).rejects`: the matchers the contract awaits. */
export interface ContractAsyncMatchers {
  toBe(expected: unknown): Promise<unknown>;
  toThrow(expected?: string): Promise<unknown>;
}

export interface ContractExpect {
  (actual: unknown): ContractMatchers;
  any(constructor: unknown): unknown;
  objectContaining(expected: Record<string, unknown>): unknown;
}

/**
 * A test body or hook, always async (a sync one would match Jest's done-callback form). The
 * timeout (ms) is the third argument of `it` in both runners.
 */
export type ContractTestFn = () => Promise<unknown>;

export interface ContractRunner {
  describe(name: string, body: () => void): void;
  it(name: string, body: ContractTestFn, timeout?: number): void;
  expect: ContractExpect;
  beforeEach(hook: ContractTestFn): void;
  afterEach(hook: ContractTestFn): void;
  beforeAll(hook: ContractTestFn): void;
  afterAll(hook: ContractTestFn): void;
}
