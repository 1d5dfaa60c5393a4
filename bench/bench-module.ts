/**
 * A benchmark the runner can run: it measures something and returns printable tables and named
 * figures for the summary line. Benchmarks print figures; they never assert times (house style 12).
 */
import { loadavg } from "node:os";

export interface BenchRow {
  label: string;
  [figure: string]: string | number;
}

export interface BenchTable {
  title: string;
  rows: BenchRow[];
  /** Lines printed under the table: what the figures mean, how they were derived. */
  notes?: string[];
}

export interface BenchReport {
  tables: BenchTable[];
  /** Figures for the last line of `npm run bench` (see run.ts), by name. */
  figures: Record<string, number>;
}

export interface BenchContext {
  /** Where child processes' output and anything else that is not a figure goes (a file). */
  logFd: number;
  /** Writes a line to the log file. */
  log(line: string): void;
}

export interface BenchModule {
  name: string;
  run(ctx: BenchContext): BenchReport | Promise<BenchReport>;
}

/** Median and 99th percentile of samples, in milliseconds. */
export function summarize(samplesMs: number[]): { median: number; p99: number; mean: number } {
  const mean = samplesMs.reduce((a, b) => a + b, 0) / Math.max(1, samplesMs.length);
  return { median: quantile(samplesMs, 0.5), p99: quantile(samplesMs, 0.99), mean };
}

/** The q-quantile of samples (nearest rank). */
export function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export const median = (samples: number[]): number => quantile(samples, 0.5);

/** The machine's 1-minute load average, to print next to a figure taken at that moment. */
export function load1(): number {
  return Math.round(loadavg()[0]! * 10) / 10;
}

export const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;
