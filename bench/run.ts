/**
 * `npm run bench`: runs every benchmark module in turn and prints its figures. Other capabilities
 * add their module to the list below.
 */
import type { BenchModule } from "./bench-module";
import { qaBench } from "./qa.bench";
import { textPipelineBench } from "./text-pipeline.bench";
import { webhookBench } from "./webhook.bench";

const BENCHES: readonly BenchModule[] = [qaBench, textPipelineBench, webhookBench];

async function main(): Promise<void> {
  for (const bench of BENCHES) {
    console.log(`\n== ${bench.name}`);
    const rows = await bench.run();
    console.table(rows);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
