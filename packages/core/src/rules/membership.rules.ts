/**
 * The groups whose members a user write changes: those in `before` and not in `after`, and those
 * in `after` and not in `before` (a user joining or leaving), each once, ascending. Their versions
 * move on with the write; a group the user stays in is not among them.
 */
export function membershipChanges(before: readonly number[], after: readonly number[]): number[] {
  const left = new Set(before);
  const joined = new Set(after);
  const changed = new Set([...left].filter((id) => !joined.has(id)).concat([...joined].filter((id) => !left.has(id))));
  return [...changed].sort((a, b) => a - b);
}
