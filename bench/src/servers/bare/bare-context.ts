import { createHash } from 'node:crypto';
import {
  DEFAULT_ROLE_CATALOG,
  effectivePermissions,
  type ApiKey,
  type PasswordHasher,
  type Permission,
  type RosterStores,
} from '@roster/core';

/**
 * What the hand-written baseline routes work with: the same store objects Roster uses (same
 * database, same queries), the same hasher, and nothing of Roster's services or dialects.
 */
export interface BareContext {
  readonly stores: RosterStores;
  readonly hasher: PasswordHasher;
}

/** What a baseline route answers; the framework wrapper writes it. */
export interface BareAnswer {
  readonly status: number;
  readonly type: 'json' | 'text' | 'xml';
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export const json = (status: number, value: unknown): BareAnswer => ({ status, type: 'json', body: JSON.stringify(value) });
export const text = (status: number, body: string): BareAnswer => ({ status, type: 'text', body });

export const CONTENT_TYPES: Readonly<Record<BareAnswer['type'], string>> = {
  json: 'application/json; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
};

/** The key a Bearer header names, when it exists and holds the permission (one indexed lookup). */
export async function keyWith(context: BareContext, authorization: string | undefined, permission: Permission): Promise<ApiKey | null> {
  const secret = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
  if (secret === '') return null;
  const key = await context.stores.apiKeys.findBySecretHash(sha256(secret));
  if (key === null) return null;
  return effectivePermissions(DEFAULT_ROLE_CATALOG, key.role, key.permissions).has(permission) ? key : null;
}

export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
