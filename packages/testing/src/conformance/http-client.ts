import { request as httpRequest } from 'node:http';

export interface WireRequest {
  readonly method: string;
  /** Path and query, e.g. `/api/v1/users?page=2`. */
  readonly path: string;
  /** Sent exactly as given (values as UTF-8 bytes). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Buffer;
}

export interface WireResponse {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
  /** The body as UTF-8 text. */
  readonly text: string;
}

/**
 * Sends one real HTTP request and returns the raw answer. Uses node:http rather than fetch so
 * that tests control every byte (any method with a body, UTF-8 header values, no added headers
 * beyond Host and Content-Length).
 */
export function sendRequest(baseUrl: string, wire: WireRequest): Promise<WireResponse> {
  const url = new URL(wire.path, baseUrl);
  const body = wire.body === undefined ? undefined : Buffer.from(wire.body);
  const headers: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(wire.headers ?? {})) {
    // Node writes header strings as latin1: pass UTF-8 bytes through that encoding unchanged.
    headers[name] = Buffer.from(value, 'utf8').toString('latin1');
  }
  if (body !== undefined) headers['content-length'] = body.length;
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: wire.method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes, text: bytes.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
