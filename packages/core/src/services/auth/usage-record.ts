/**
 * How stale a last-used or last-login time may get before a request writes it again. Writing it
 * on every request made every read a write (bench/ANALYSIS.md: five store calls per read where a
 * hand-written route makes two); a minute is as precise as these fields are read (rest-v1's
 * `last_login` has second precision and no client acts on a minute).
 */
export const USAGE_RECORD_INTERVAL_MS = 60_000;

/** True when `previous` (the value the request just read) should be replaced by `now`. */
export function isUsageStale(previous: Date | null, now: Date): boolean {
  return previous === null || now.getTime() - previous.getTime() >= USAGE_RECORD_INTERVAL_MS;
}
