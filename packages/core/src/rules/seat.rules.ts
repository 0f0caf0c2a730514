/** Whether no seat is left: `limit` null means no limit. */
export function isSeatLimitReached(taken: number, limit: number | null): boolean {
  return limit !== null && taken >= limit;
}
