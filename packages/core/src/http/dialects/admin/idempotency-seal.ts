import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { RosterRequest, RosterResponse } from '../../http.types';

/** The headers a replay repeats; the rest (X-Request-Id, Date…) belong to the answer that carries them. */
const KEPT_HEADERS = ['Content-Type', 'Location', 'ETag', 'Cache-Control'];
const MAX_KEY_LENGTH = 255;

/**
 * The Idempotency-Key's value: the draft's sf-string (`"…"`), or the same characters unquoted as
 * most clients send them; 1 to 255 printable ASCII characters. Null when absent, 'invalid' when not.
 */
export function idempotencyKeyOf(request: RosterRequest): { readonly key: string } | null | 'invalid' {
  const raw = request.headers['idempotency-key'];
  if (raw === undefined) return null;
  const quoted = /^"((?:[^"\\]|\\["\\])*)"$/.exec(raw);
  const value = quoted?.[1] === undefined ? raw : quoted[1].replace(/\\(["\\])/g, '$1');
  return /^[\x20-\x7e]+$/.test(value) && value.length <= MAX_KEY_LENGTH ? { key: value } : 'invalid';
}

/** What must match for a replay: the method, the path and the body bytes. */
export function requestFingerprint(request: RosterRequest): string {
  return createHash('sha256')
    .update(request.method)
    .update('\0')
    .update(request.path)
    .update('\0')
    .update(request.body)
    .digest('base64url');
}

/**
 * The stored record's id: an HMAC of the key under the credential, so the store holds neither,
 * and two credentials using the same key never meet.
 */
export function idempotencyId(credential: string, key: string): string {
  return createHmac('sha256', credential).update(`roster idempotency id\0${key}`).digest('base64url');
}

function sealKey(credential: string, key: string): Buffer {
  return Buffer.from(hkdfSync('sha256', credential, key, 'roster idempotency answer', 32));
}

interface StoredAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * The answer, encrypted (AES-256-GCM) under a key derived from the credential and the
 * Idempotency-Key: the store alone cannot read it, so a key creation's secret is never at rest
 * in clear; only the same credential sending the same key opens it.
 */
export function sealAnswer(response: RosterResponse, credential: string, key: string): string {
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = response.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  const plain: StoredAnswer = { status: response.status, headers, body: Buffer.from(response.body).toString('base64') };
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(credential, key), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(plain), 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

/** The stored answer, or null when it does not open (another credential, or tampered with). */
export function unsealAnswer(stored: string, credential: string, key: string): RosterResponse | null {
  const [iv, tag, sealed] = stored.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (iv === undefined || tag === undefined || sealed === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(credential, key), iv);
    decipher.setAuthTag(tag);
    const plain = JSON.parse(Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8')) as StoredAnswer;
    return { status: plain.status, headers: plain.headers, body: Buffer.from(plain.body, 'base64') };
  } catch {
    return null;
  }
}
