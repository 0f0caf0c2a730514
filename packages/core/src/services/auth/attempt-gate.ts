/**
 * How many sign-in attempts per key are under way in this process, and who waits for one to end.
 * The throttle lets no more attempts run at once than the key has failures left, so a burst of
 * guesses cannot all pass a check made before any of them failed, while attempts that succeed
 * (and so use up nothing) only wait their turn.
 */
export class AttemptGate {
  private readonly running = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();

  /** Takes a place for `key` when fewer than `room` attempts are under way; false when none is free. */
  tryEnter(key: string, room: number): boolean {
    const running = this.running.get(key) ?? 0;
    if (running >= room) return false;
    this.running.set(key, running + 1);
    return true;
  }

  /**
   * Resolves when an attempt for `key` ends. Call it right after a refused `tryEnter`, with no
   * await between: an attempt is then under way, and its end cannot be missed.
   */
  nextExit(key: string): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.set(key, [...(this.waiting.get(key) ?? []), resolve]);
    });
  }

  /** Gives the place back and wakes whoever waits for `key` (they look again). */
  leave(key: string): void {
    const running = (this.running.get(key) ?? 1) - 1;
    if (running > 0) this.running.set(key, running);
    else this.running.delete(key);
    const waiting = this.waiting.get(key) ?? [];
    this.waiting.delete(key);
    for (const wake of waiting) wake();
  }
}
