import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { InMemorySpanExporter, SimpleSpanProcessor, TracerProvider, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { createMemoryStores } from '@roster/memory';
import { fastFakeHasher } from '@roster/testing';
import { SilentLogger } from '../defaults';
import { createRestV1Dialect } from '../http/dialects/rest-v1';
import type { RosterRequest } from '../http/http.types';
import { createRoster } from '../roster';
import { requireOtelTracer } from './otel-api';

/**
 * Spans through @opentelemetry/api, seen by an SDK the test registers (the host's part): one
 * span per request, named and labelled by dialect and route template, with the store calls it
 * made as its children. The library itself depends on the API only.
 */
const exporter = new InMemorySpanExporter();
const contextManager = new AsyncLocalStorageContextManager();
const KEY = 'rk_tracing_admin_7a1c3e5f9b2d4e6a';

beforeAll(() => {
  context.setGlobalContextManager(contextManager.enable());
  trace.setGlobalTracerProvider(new TracerProvider({ spanProcessors: [new SimpleSpanProcessor({ exporter })] }));
});
afterAll(() => {
  trace.disable();
  context.disable();
});
beforeEach(() => exporter.reset());

async function rosterWith(tracing?: boolean) {
  const roster = createRoster({
    stores: createMemoryStores(),
    logger: new SilentLogger(),
    passwordHasher: fastFakeHasher(),
    ...(tracing === undefined ? {} : { tracing }),
  });
  await roster.bootstrap.load({
    tenants: [
      { name: 't', accountUrl: 'https://t.example.com', identifyBy: 'email', apiKeys: [{ name: 'k', key: KEY, role: 'administrator' }] },
    ],
  });
  return roster;
}

const request = (method: string, path: string, body?: unknown): RosterRequest => ({
  method,
  path,
  query: {},
  headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
  body: Buffer.from(body === undefined ? '' : JSON.stringify(body)),
});

const named = (spans: readonly ReadableSpan[], prefix: string) => spans.filter((span) => span.name.startsWith(prefix));

describe('OpenTelemetry spans', () => {
  it('one span per request (dialect, route template, status) with its store calls as children', async () => {
    const roster = await rosterWith(true);
    const dialect = createRestV1Dialect(roster, { prefix: '/lms' });
    exporter.reset();
    const created = await dialect.handle(request('POST', '/api/v1/users', { email: 'jane@t.example.com', name: 'Jane' }));
    expect(created?.status).toBe(201);
    const id = (JSON.parse(String(created?.body)) as { data: { id: string } }).data.id;
    expect((await dialect.handle(request('GET', `/api/v1/users/${id}`)))?.status).toBe(200);

    const spans = exporter.getFinishedSpans();
    const requests = named(spans, 'roster rest-v1');
    expect(requests.map((span) => span.name)).toEqual([
      'roster rest-v1 POST /lms/api/v1/users',
      'roster rest-v1 GET /lms/api/v1/users/:user_id',
    ]);
    expect(requests[1]!.attributes).toEqual({
      'roster.dialect': 'rest-v1',
      'http.route': '/lms/api/v1/users/:user_id',
      'http.request.method': 'GET',
      'http.response.status_code': 200,
    });
    const [create] = requests;
    const children = spans.filter((span) => span.parentSpanContext?.spanId === create!.spanContext().spanId);
    expect(children.map((span) => span.name)).toContain('roster.store unitOfWork.run');
    const run = children.find((span) => span.name === 'roster.store unitOfWork.run')!;
    const inTransaction = spans.filter((span) => span.parentSpanContext?.spanId === run.spanContext().spanId).map((span) => span.name);
    expect(inTransaction).toContain('roster.store users.insert');
    expect(JSON.stringify(spans.map((span) => [span.name, span.attributes]))).not.toContain(id);
    await roster.close();
  });

  it('a 404 carries its status and error code and is not marked as an error', async () => {
    const roster = await rosterWith(true);
    const dialect = createRestV1Dialect(roster);
    const failing = await dialect.handle(request('GET', '/api/v1/users/usr_missing'));
    expect(failing?.status).toBe(404);
    const [span] = named(exporter.getFinishedSpans(), 'roster rest-v1');
    expect(span!.attributes).toMatchObject({ 'http.response.status_code': 404, 'roster.error_code': 'USER_NOT_FOUND' });
    expect(span!.status.code).toBe(SpanStatusCode.UNSET);
    await roster.close();
  });

  it('tracing off (the default, or false) makes no spans', async () => {
    for (const tracing of [undefined, false]) {
      const roster = await rosterWith(tracing);
      exporter.reset();
      await createRestV1Dialect(roster).handle(request('GET', '/api/v1/users'));
      expect(exporter.getFinishedSpans()).toEqual([]);
      await roster.close();
    }
  });
});

describe('requireOtelTracer', () => {
  it('tells a host that asks for spans without @opentelemetry/api installed what to install', () => {
    const missing = (id: string): never => {
      throw Object.assign(new Error(`Cannot find module '${id}'`), { code: 'MODULE_NOT_FOUND' });
    };
    expect(() => requireOtelTracer(missing)).toThrow(/tracing: true needs @opentelemetry\/api/);
    expect(requireOtelTracer()).toBeDefined();
  });
});
