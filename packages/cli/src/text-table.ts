/** Rows as aligned columns under a header, for people (scripts use `--json`). */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** A date as ISO 8601 UTC, or `-` when there is none. */
export function isoOrDash(date: Date | null): string {
  return date === null ? '-' : date.toISOString();
}
