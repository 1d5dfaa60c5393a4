/**
 * A real browser for tests: Debian's Chromium driven by playwright-core (no browser download).
 * CI installs Chromium (.ci/run) and these tests must run there; on a developer machine without
 * it they are skipped with a note saying how to install it.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** `describe` when a browser can run here (always in CI), else `describe.skip` with a note. */
export function describeInBrowser(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM) || process.env.CI === "true") {
    describe(name, fn);
  } else {
    process.stderr.write(`skipping browser tests "${name}": install Chromium (apt-get install chromium fonts-thai-tlwg fonts-noto-color-emoji)\n`);
    describe.skip(name, fn);
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // The flags Chromium needs as root in a closed network: no sandbox, no background traffic.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;
