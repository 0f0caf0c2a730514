/**
 * One transaction over the in-memory maps, as an undo log: every write goes through `set` or
 * `delete`, which apply it at once and remember how to take it back. `rollbackTo` undoes the
 * writes made since a savepoint, newest first; `end` closes the transaction for good.
 */
export class Transaction {
  private readonly undoLog: (() => void)[] = [];
  private open = true;

  get active(): boolean {
    return this.open;
  }

  set<K, V>(map: Map<K, V>, key: K, value: V): void {
    this.remember(map, key);
    map.set(key, value);
  }

  delete<K, V>(map: Map<K, V>, key: K): void {
    if (!map.has(key)) return;
    this.remember(map, key);
    map.delete(key);
  }

  /** A mark to roll back to: the writes made after it can be undone alone. */
  savepoint(): number {
    return this.undoLog.length;
  }

  rollbackTo(savepoint: number): void {
    while (this.undoLog.length > savepoint) {
      const undo = this.undoLog.pop();
      undo?.();
    }
  }

  rollback(): void {
    this.rollbackTo(0);
  }

  /** Keeps what was written (a commit, or the end of a rolled-back transaction). */
  end(): void {
    this.open = false;
    this.undoLog.length = 0;
  }

  private remember<K, V>(map: Map<K, V>, key: K): void {
    if (map.has(key)) {
      const previous = map.get(key) as V;
      this.undoLog.push(() => map.set(key, previous));
    } else {
      this.undoLog.push(() => map.delete(key));
    }
  }
}
