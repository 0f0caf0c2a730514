import { digest } from './admin-cursor';

/** The filters an audit cursor is bound to (as sent): it is refused with others. */
export type AuditCursorFilters = Readonly<Record<'actor' | 'target' | 'type' | 'from' | 'to', string | undefined>>;

const fingerprint = (filters: AuditCursorFilters): string =>
  digest(JSON.stringify(['audit', filters.actor, filters.target, filters.type, filters.from, filters.to].map((value) => value ?? null)), 8);

/** An opaque cursor after the event `id` (older ones follow): base64url of `<id>.<filters>.<checksum>`. */
export function encodeAuditCursor(id: string, filters: AuditCursorFilters): string {
  const body = `${id}.${fingerprint(filters)}`;
  return Buffer.from(`${body}.${digest(body, 12)}`, 'utf8').toString('base64url');
}

/** The event id a cursor stands for, or why it is refused. */
export function decodeAuditCursor(cursor: string, filters: AuditCursorFilters): { readonly id: string } | 'invalid' | 'other-filters' {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return 'invalid';
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('.');
  if (parts.length !== 3) return 'invalid';
  const [id = '', bound = '', sum = ''] = parts;
  if (sum !== digest(`${id}.${bound}`, 12) || !/^evt_[A-Za-z0-9]{1,60}$/.test(id)) return 'invalid';
  if (bound !== fingerprint(filters)) return 'other-filters';
  return { id };
}
