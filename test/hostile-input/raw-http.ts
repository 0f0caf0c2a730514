import { connect, type Socket } from 'node:net';

/** An HTTP answer read off a raw socket. */
export interface RawAnswer {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly text: string;
}

/** Parses the first response in `bytes` (status line, headers, Content-Length body). Null if incomplete. */
export function parseAnswer(bytes: Buffer): RawAnswer | null {
  const end = bytes.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const [statusLine, ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers['content-length'] ?? 0);
  const body = bytes.subarray(end + 4, end + 4 + length);
  if (body.length < length) return null;
  return { status, headers, body, text: body.toString('utf8') };
}

export interface RawExchange {
  /** The answer, or null when the server closed without one. */
  readonly answer: RawAnswer | null;
  readonly socket: Socket;
}

/**
 * Writes `bytes` as they are to 127.0.0.1:`port` (so tests can send what no HTTP client would:
 * invalid UTF-8 or NUL in headers, oversized heads) and waits at most `timeoutMs` for a complete
 * answer or the server closing the connection. Never hangs: on timeout it rejects.
 */
export function exchangeRaw(port: number, bytes: Buffer | string, timeoutMs = 5000): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let settled = false;
    const settle = (answer: RawAnswer | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ answer, socket });
      socket.destroy();
    };
    const timer = setTimeout(() => {
      settled = true;
      socket.destroy();
      reject(new RangeError(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      const answer = parseAnswer(Buffer.concat(chunks));
      if (answer) settle(answer);
    });
    socket.on('close', () => settle(parseAnswer(Buffer.concat(chunks))));
    socket.on('error', () => settle(parseAnswer(Buffer.concat(chunks))));
    socket.write(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes);
  });
}

/** A request head with CRLF line ends; `headers` values are written as latin1 bytes (use `\xff` for a raw 0xFF). */
export function head(method: string, path: string, headers: Readonly<Record<string, string>>): string {
  const lines = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}
