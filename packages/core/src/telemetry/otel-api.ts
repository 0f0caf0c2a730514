/**
 * The few parts of `@opentelemetry/api` Roster uses, written out so that no public type needs
 * the package: it is an optional peer dependency, loaded at `createRoster` when installed.
 */
export interface OtelSpan {
  setAttribute(key: string, value: string | number): unknown;
  setStatus(status: { code: number }): unknown;
  end(): void;
}

export interface OtelTracer {
  startActiveSpan<F>(name: string, options: { kind?: number; attributes?: Record<string, string | number> }, fn: (span: OtelSpan) => F): F;
}

interface OtelApi {
  readonly trace: { getTracer(name: string): OtelTracer };
}

/** `SpanStatusCode.ERROR` and `SpanKind.INTERNAL` of the API (stable values since 1.0). */
export const SPAN_STATUS_ERROR = 2;
export const SPAN_KIND_INTERNAL = 0;

/**
 * Roster's tracer from `@opentelemetry/api`, or null when the package is not installed. The
 * tracer is the API's proxy: spans reach whatever SDK the host registers, before or after this
 * call; with none registered they are the API's no-op spans.
 */
export function loadOtelTracer(load: (id: string) => unknown = require): OtelTracer | null {
  try {
    return (load('@opentelemetry/api') as OtelApi).trace.getTracer('@roster/core');
  } catch {
    return null;
  }
}

/** The tracer for `tracing: true`: a host that asks for spans without the API installed is told so at start. */
export function requireOtelTracer(load: (id: string) => unknown = require): OtelTracer {
  const tracer = loadOtelTracer(load);
  if (tracer === null) throw new Error('tracing: true needs @opentelemetry/api installed next to @roster/core (npm i @opentelemetry/api)');
  return tracer;
}
