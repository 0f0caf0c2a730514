/** The summary of several measurements of one figure: its median and its spread. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** First and third quartiles (linear interpolation), equal to min/max for fewer than 4 values. */
  readonly q1: number;
  readonly q3: number;
  readonly count: number;
}

/** The value at fraction `q` (0..1) of the sorted values, interpolated between neighbours. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const lowValue = sorted[low]!;
  return lowValue + (sorted[high]! - lowValue) * (position - low);
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const few = sorted.length < 4;
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    q1: few ? (sorted[0] ?? Number.NaN) : quantile(sorted, 0.25),
    q3: few ? (sorted[sorted.length - 1] ?? Number.NaN) : quantile(sorted, 0.75),
    count: sorted.length,
  };
}
