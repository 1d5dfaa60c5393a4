/** Jest runs TypeScript through SWC (no type check here: `npm test` runs tsc first). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/packages/line-standin/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["@swc/jest", { jsc: { target: "es2022" } }],
    // pdf.js ships only ES modules, which Jest's module system cannot load on Node 20; SWC turns
    // them into CommonJS here (tsx and the compiled build load them natively).
    "/node_modules/pdfjs-dist/.+\\.mjs$": ["@swc/jest", { jsc: { target: "es2022" }, module: { type: "commonjs" } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!pdfjs-dist/)"],
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  // Only a hang detector: no test depends on speed (deadlines are the tests' own, see
  // test/support/manual-deadlines.ts), so this sits far above any run on a busy shared machine.
  testTimeout: 120_000,
};
