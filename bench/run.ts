/**
 * `npm run bench`: runs every benchmark module in turn and prints its tables. Everything that is
 * not a figure (the bots' log lines, progress) goes to a log file whose path the header gives.
 * The last line is one machine-readable summary (SUMMARY below, in that order).
 * BENCH_ONLY=qa or BENCH_ONLY=webhook runs one module (its figures only).
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { load1, type BenchContext, type BenchModule } from "./bench-module";
import { qaBench } from "./qa.bench";
import { textPipelineBench } from "./text-pipeline.bench";
import { webhookBench } from "./webhook.bench";

const BENCHES: readonly BenchModule[] = [qaBench, textPipelineBench, webhookBench];

/** The summary line's figures, in order; each module supplies some of them. */
const SUMMARY = ["cpu_ratio", "question_rtts", "ticket_rtts", "report_rtts", "cold_ratio", "qa_median_ms", "qa10k_median_ms", "faq10k_build_ms"] as const;

async function main(): Promise<void> {
  const logPath = process.env.BENCH_LOG ?? join(tmpdir(), `ita-bench-${process.pid}.log`);
  const logFd = openSync(logPath, "a");
  const ctx: BenchContext = { logFd, log: (line) => writeSync(logFd, `${new Date().toISOString()} ${line}\n`) };
  console.log(`node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? "?"} · ${new Date().toISOString()} · load ${load1()} · log ${logPath}`);
  const figures: Record<string, number> = {};
  const only = process.env.BENCH_ONLY;
  try {
    for (const bench of BENCHES.filter((b) => !only || b.name.startsWith(only))) {
      console.log(`\n== ${bench.name}`);
      ctx.log(`== ${bench.name}`);
      const report = await bench.run(ctx);
      for (const table of report.tables) {
        console.log(`\n${table.title}`);
        console.table(table.rows);
        for (const note of table.notes ?? []) console.log(`  ${note}`);
      }
      Object.assign(figures, report.figures);
    }
  } finally {
    closeSync(logFd);
  }
  console.log(`\nbench: ${SUMMARY.map((name) => `${name}=${figures[name] ?? "NA"}`).join(" ")}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
