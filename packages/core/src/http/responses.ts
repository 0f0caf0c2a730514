import type { RosterResponse } from './http.types';

const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';
const XML_TYPE = 'application/xml; charset=utf-8';

type Headers = Readonly<Record<string, string>>;

export function jsonResponse(status: number, value: unknown, headers: Headers = {}): RosterResponse {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: JSON.stringify(value) };
}

export function textResponse(status: number, text: string, headers: Headers = {}): RosterResponse {
  return { status, headers: { 'Content-Type': TEXT_TYPE, ...headers }, body: text };
}

export function xmlResponse(status: number, xml: string, headers: Headers = {}): RosterResponse {
  return { status, headers: { 'Content-Type': XML_TYPE, ...headers }, body: xml };
}

export function emptyResponse(status: number, headers: Headers = {}): RosterResponse {
  return { status, headers, body: '' };
}

/** `Retry-After` in whole seconds: rounded up, at least 1 (also for a figure that is not a number). */
export function retryAfterHeader(seconds: number): Readonly<Record<string, string>> {
  return { 'Retry-After': String(Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : 1) };
}
