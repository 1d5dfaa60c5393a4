// The whole bot for `npm run bench`, composed as Cloud Functions composes it (src/production.ts,
// compiled to lib/, or the bundle when BENCH_BOT_MODULE names it), served by express on PORT the
// way the functions shell serves it: built on the first request. Production settings come from
// the environment (LINE credentials, LINE_API_BASE_URL for the stand-in, FIRESTORE_EMULATOR_HOST,
// GCLOUD_PROJECT).
const { join } = require("node:path");
const express = require("express");

const entry = process.env.BENCH_BOT_MODULE || join(__dirname, "..", "lib", "src", "production.js");
const server = express();
server.use((req, res, next) => {
  require(entry).productionBot().app(req, res, next);
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => process.stdout.write("listening\n"));
// Exit on SIGTERM rather than be killed, so a CPU profile (BENCH_CPU_PROFILE_DIR) gets written.
process.on("SIGTERM", () => process.exit(0));
