/** One rendered section of RESULTS.md and the targets it did not meet (listed again at the top). */
export interface Section {
  readonly markdown: string;
  readonly unmet: readonly string[];
}
