import { RosterError } from '../../errors';

export type LimitsStoreKind = 'redis' | 'postgres';

/** `redis://`, `rediss://` → redis; `postgres://`, `postgresql://` → postgres; anything else is refused naming only its scheme. */
export function limitsStoreKind(url: string): LimitsStoreKind {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase() ?? '';
  if (scheme === 'redis' || scheme === 'rediss') return 'redis';
  if (scheme === 'postgres' || scheme === 'postgresql') return 'postgres';
  // Only the scheme: the URL may carry a password.
  throw new RosterError(
    'VALIDATION_FAILED',
    `shared limits: unsupported store "${scheme || 'no scheme'}" (supported: redis://, rediss://, postgres://, postgresql://)`,
  );
}

/** The store for humans (a start banner, a log line): kind, host, port, database; never the user, password or query. */
export function describeLimitsStore(url: string): string {
  const kind = limitsStoreKind(url);
  try {
    const parsed = new URL(url);
    // An unencoded `/`, `?` or `#` in the password moves the `@` (and the secret) past the host.
    if (`${parsed.pathname}${parsed.search}${parsed.hash}`.includes('@')) return kind;
    return `${kind} ${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return kind;
  }
}
