/** The admin API (docs/dialects/admin.md), same origin, with the key held in this module only. */

export interface User {
  id: string;
  email: string | null;
  login: string | null;
  first_name: string;
  last_name: string;
  name: string;
  role: string;
  permissions: string[];
  status: 'active' | 'inactive' | 'pending';
  organization_id: number;
  created_at: string;
  last_login_at: string | null;
  version: number;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  role: string;
  permissions: string[];
  organization_id: number | null;
  created_at: string;
  last_used_at: string | null;
}

export interface Page<T> {
  data: T[];
  next?: string | null;
  total?: number;
}

/** GET /me: the credential in use (a tenant key; the operator token is no console credential). */
export type Me =
  | {
      kind: 'api_key';
      id: string;
      name: string;
      prefix: string;
      role: string;
      permissions: string[];
      effective_permissions: string[];
      organization_id: number | null;
      tenant_id: string;
    }
  | { kind: 'operator' };

/** A role of GET /roles: `assignable` is the API's own answer for the signed-in key. */
export interface Role {
  name: string;
  rank: number;
  scope: 'tenant' | 'organization';
  permissions: string[];
  assignable: boolean;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function meta(name: string): string {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
}

const base = new URL(`${meta('roster-api').replace(/\/+$/, '')}/`, document.baseURI);

/** In memory for this tab only: never a cookie, never storage. */
let key: string | null = null;

export function setKey(value: string | null): void {
  key = value;
}

export function currentKey(): string | null {
  return key;
}

export async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  if (key === null) throw new ApiError(401, 'UNAUTHENTICATED', 'Not signed in');
  const response = await fetch(new URL(path, base), {
    method,
    headers: {
      Authorization: `Bearer ${key}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? null : JSON.stringify(body),
    credentials: 'omit',
    cache: 'no-store',
  });
  if (response.status === 204) return undefined as T;
  const value = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const fields = Array.isArray(value['errors'])
      ? (value['errors'] as { field: string; message: string }[]).map((error) => `${error.field} ${error.message}`).join('; ')
      : '';
    const text = [value['title'], value['detail'], fields].filter((part) => typeof part === 'string' && part !== '').join(': ');
    throw new ApiError(response.status, String(value['code'] ?? 'UNKNOWN'), text || `HTTP ${response.status}`);
  }
  return value as T;
}

export function query(parameters: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
