import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { capturingLogger, conformanceBootstrap, fixture, FUZZ_SECRETS, logViolations } from '@roster/testing';
import { createHost, startHost, type Host, type RunningHost } from '../../examples/express-host/src/host';
import { exchangeRaw, head, parseAnswer } from './raw-http';

/**
 * Slowloris-style clients: a body that never finishes, a client that walks away mid-body. Every
 * wait here is bounded; nothing depends on Node's default request timeout (300 s).
 */

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

const elapsed = async (work: () => Promise<unknown>): Promise<number> => {
  const started = Date.now();
  await work();
  return Date.now() - started;
};

describe('stalled and abandoned bodies (example host, Node defaults)', () => {
  let host: RunningHost;
  const log = capturingLogger();
  beforeAll(async () => {
    host = await startHost({ port: 0, bootstrap: conformanceBootstrap, databaseUrl: 'memory', logger: log.logger });
  });
  afterAll(() => host.close());

  it('ten stalled bodies do not slow other requests down', async () => {
    const stalled = Array.from({ length: 10 }, () => stall(host.port));
    try {
      for (let i = 0; i < 20; i++) {
        const took = await elapsed(async () => {
          const { answer } = await exchangeRaw(host.port, head('GET', '/api/v1/users/usr_none', { Authorization: `Bearer ${fixture.acme.keys.admin}` }), 2000);
          expect(answer?.status).toBe(404);
        });
        expect(took).toBeLessThan(1000);
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
    const { answer } = await exchangeRaw(host.port, head('GET', '/health', {}), 2000);
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

  it('answers a stalled body 408 (from Node) within the timeout, then keeps serving', async () => {
    const connection = stall(port);
    const took = await elapsed(() => Promise.race([connection.closed, new Promise((resolve) => setTimeout(resolve, 5000))]));
    expect(connection.answer()?.status).toBe(408);
    expect(took).toBeLessThan(3000);
    const { answer } = await exchangeRaw(port, head('GET', '/health', {}), 2000);
    expect(answer?.status).toBe(200);
  });

  it('answers a stalled head 408 too (slowloris proper)', async () => {
    const socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write('GET /user HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Email: a');
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000))]);
    expect(parseAnswer(Buffer.concat(received))?.status).toBe(408);
    socket.destroy();
  });
});
