import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { capturingLogger, conformanceBootstrap, fixture, FUZZ_SECRETS, logViolations } from '@roster/testing';
import { createHost, startHost, type Host, type RunningHost } from '../../examples/express-host/src/host';
import { exchangeRaw, head, parseAnswer } from './raw-http';

/**
 * Slowloris-style clients: a body that never finishes, a client that walks away mid-body. Every
 * wait here is bounded; nothing depends on Node's default request timeout (300 s). The bounds
 * tell "never answered" from "answered": they are far above any answer time on a busy machine,
 * and no assertion here measures how fast an answer came (that is a benchmark's job).
 */

/** How long a test waits for an answer that must come (a blocked host would never answer). */
const ANSWER_WITHIN_MS = 10_000;

const stalledHead = (contentLength: number) =>
  head('POST', '/api/v1/users', { Authorization: `Bearer ${fixture.acme.keys.admin}`, 'Content-Length': String(contentLength) });

/** Opens a connection that sends a head and part of its body, then nothing. */
function stall(port: number, sent = '{"email":') {
  const socket = connect(port, '127.0.0.1');
  const received: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => received.push(chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  socket.write(stalledHead(1000) + sent);
  return { socket, closed, answer: () => parseAnswer(Buffer.concat(received)) };
}

describe('stalled and abandoned bodies (example host, Node defaults)', () => {
  let host: RunningHost;
  const log = capturingLogger();
  beforeAll(async () => {
    host = await startHost({ port: 0, bootstrap: conformanceBootstrap, databaseUrl: 'memory', logger: log.logger });
  });
  afterAll(() => host.close());

  it('ten stalled bodies do not hold other requests up', async () => {
    const stalled = Array.from({ length: 10 }, () => stall(host.port));
    try {
      for (let i = 0; i < 20; i++) {
        const { answer } = await exchangeRaw(
          host.port,
          head('GET', '/api/v1/users/usr_none', { Authorization: `Bearer ${fixture.acme.keys.admin}` }),
          ANSWER_WITHIN_MS,
        );
        expect(answer?.status).toBe(404);
      }
      for (const connection of stalled) expect(connection.answer()).toBeNull();
    } finally {
      for (const connection of stalled) connection.socket.destroy();
    }
  });

  it('a client that walks away mid-body leaves the host serving', async () => {
    const connection = stall(host.port);
    await new Promise((resolve) => setTimeout(resolve, 50));
    connection.socket.destroy();
    await connection.closed;
    const { answer } = await exchangeRaw(host.port, head('GET', '/health', {}), ANSWER_WITHIN_MS);
    expect(answer?.status).toBe(200);
    // Whatever the host logged about the aborted read holds no secret.
    expect(logViolations(log.entries, FUZZ_SECRETS).filter((problem) => !problem.startsWith('logged an error'))).toEqual([]);
  });
});

describe('a host that sets a request timeout', () => {
  let host: Host;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    host = await createHost({ bootstrap: conformanceBootstrap, databaseUrl: 'memory', logger: capturingLogger().logger });
    // What a production host should set (Node's defaults: 300 s for a request, 60 s for its head).
    server = createServer({ requestTimeout: 1000, headersTimeout: 1000, connectionsCheckingInterval: 100 }, host.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await host.close();
  });

  it('answers a stalled body 408 (from Node, whose own default would wait 300 s), then keeps serving', async () => {
    const connection = stall(port);
    await Promise.race([connection.closed, new Promise((resolve) => setTimeout(resolve, ANSWER_WITHIN_MS))]);
    expect(connection.answer()?.status).toBe(408);
    const { answer } = await exchangeRaw(port, head('GET', '/health', {}), ANSWER_WITHIN_MS);
    expect(answer?.status).toBe(200);
  });

  it('answers a stalled head 408 too (slowloris proper)', async () => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write('GET /user HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Email: a');
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, ANSWER_WITHIN_MS))]);
    expect(parseAnswer(Buffer.concat(received))?.status).toBe(408);
    socket.destroy();
  });
});
