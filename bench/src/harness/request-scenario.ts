/** One kind of request that a load run repeats, against whichever server is under test. */
export interface RequestScenario {
  /** Short label used in RESULTS.md, e.g. `rest-v1 get one user`. */
  readonly name: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path and query string. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** A fixed body, or one made for each request from a sequence number (unique e-mails). */
  readonly body?: string | ((sequence: number) => string);
  /** Headers made for each request (iSpring sends the new user's e-mail as a header). */
  readonly headersFor?: (sequence: number) => Readonly<Record<string, string>>;
  /** The status every answer must have; others are counted as failures, not as throughput. */
  readonly expectStatus: number;
}

let runPrefix = `${Date.now().toString(36)}${process.pid.toString(36)}`;
let counter = 0;

/** A string no other request of any run has used: for unique e-mails of created users. */
export function uniqueToken(): string {
  counter += 1;
  return `${runPrefix}${counter.toString(36)}`;
}

/** Starts a fresh series (tests). */
export function resetUniqueTokens(prefix: string): void {
  runPrefix = prefix;
  counter = 0;
}

/** The body and headers of one request of a scenario. */
export function requestParts(scenario: RequestScenario, sequence: number): { body?: string; headers: Record<string, string> } {
  const headers: Record<string, string> = { ...scenario.headers, ...scenario.headersFor?.(sequence) };
  const body = typeof scenario.body === 'function' ? scenario.body(sequence) : scenario.body;
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  return body === undefined ? { headers } : { body, headers };
}
