/**
 * A benchmark the runner can run: it measures something and returns printable rows. Benchmarks
 * print figures; they never assert times (house style 12).
 */
export interface BenchRow {
  label: string;
  [figure: string]: string | number;
}

export interface BenchModule {
  name: string;
  run(): BenchRow[] | Promise<BenchRow[]>;
}

/** Median and 99th percentile of samples, in milliseconds. */
export function summarize(samplesMs: number[]): { median: number; p99: number; mean: number } {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p99: at(0.99), mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length) };
}
