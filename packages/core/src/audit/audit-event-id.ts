let lastMillis = -1;
let sequence = 0;

/**
 * `evt_`, the time in milliseconds (11 base-36 digits), a per-process sequence within that
 * millisecond (4 digits) and a random suffix: ids sort as the events were written in one process,
 * and by time across processes.
 */
export function auditEventId(at: Date, random: string): string {
  const millis = at.getTime();
  sequence = millis === lastMillis ? sequence + 1 : 0;
  lastMillis = Math.max(lastMillis, millis);
  const seq = (sequence % 36 ** 4).toString(36).padStart(4, '0');
  return `${auditEventIdFloor(at)}${seq}${random.replace(/[^A-Za-z0-9]/g, '').slice(0, 10)}`;
}

/**
 * The least id of an event written at `at` or later: every event before `at` has a smaller id, every
 * other a greater one (ids start with the time), so `id < auditEventIdFloor(at)` means "older than `at`".
 */
export function auditEventIdFloor(at: Date): string {
  return `evt_${at.getTime().toString(36).padStart(11, '0')}`;
}
