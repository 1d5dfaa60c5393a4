/**
 * The full bot as one esbuild bundle, for the bench's cold-start comparison: the compiled
 * `lib/src/production.js` and what it requires, in one file under `lib/bundle/` (inside the
 * project, where src/plan/project-files.ts finds package.json above it). firebase-admin and the
 * Google Cloud clients stay outside: they load their protocol definitions from files beside their
 * own modules. The native and file-reading modules (sharp, canvas, pdf.js) stay outside too.
 */
import { build } from "esbuild";
import { join } from "node:path";
import { ROOT } from "./processes";

const EXTERNAL = ["firebase-admin", "firebase-admin/*", "firebase-functions", "firebase-functions/*", "@google-cloud/*", "sharp", "@napi-rs/canvas", "pdfjs-dist", "pdfjs-dist/*"];

/** Bundles the compiled bot; returns the bundle's path and how long bundling took. */
export async function bundleFullBot(): Promise<{ path: string; buildMs: number }> {
  const path = join(ROOT, "lib", "bundle", "production.js");
  const t0 = performance.now();
  await build({ entryPoints: [join(ROOT, "lib", "src", "production.js")], bundle: true, platform: "node", target: "node22", format: "cjs", outfile: path, external: EXTERNAL, logLevel: "error" });
  return { path, buildMs: performance.now() - t0 };
}
