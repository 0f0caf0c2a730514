import type { Spread } from '../harness/stats';

/** Requests per second: whole numbers, one decimal below 100. */
export function rate(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : 'n/a';
}

/** `median (min–max)`. */
export function spread(value: Spread, unit: (n: number) => string): string {
  return `${unit(value.median)} (${unit(value.min)}–${unit(value.max)})`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function verdict(met: boolean): string {
  return met ? 'met' : '**not met**';
}
