// Where the full bot's cold start goes, phase by phase, in one process and without Firestore:
// `npm run -s build && node bench/cold-phases.js`. Each phase requires or runs one more part and
// prints the CPU and wall time it added: the packages the minimal bot also loads, zod, the parts of
// date-fns the bot uses, the bot's own modules, building the app, and the first answer (which
// builds the plan's index). Figures in the README's Performance section.
const { join } = require("node:path");

const phases = [];
let cpu0 = process.cpuUsage();
let wall0 = performance.now();
function phase(name) {
  const cpu = process.cpuUsage(cpu0);
  phases.push({ name, cpuMs: Math.round((cpu.user + cpu.system) / 1000), wallMs: Math.round(performance.now() - wall0) });
  cpu0 = process.cpuUsage();
  wall0 = performance.now();
}

require("express");
require("@line/bot-sdk");
require("firebase-admin/app");
require("firebase-admin/firestore");
phase("packages the minimal bot also loads");
require("zod");
phase("zod");
for (const part of ["locale/th", "addDays", "isExists"]) require(`date-fns/${part}`);
phase("date-fns (the parts the bot uses)");
const { productionBot } = require(join(__dirname, "..", "lib", "src", "production.js"));
phase("the bot's own modules");
// Never contacted: nothing here reads Firestore or calls LINE.
Object.assign(process.env, { GCLOUD_PROJECT: "demo-cold-phases", FIRESTORE_EMULATOR_HOST: "127.0.0.1:9", LINE_CHANNEL_SECRET: "s", LINE_CHANNEL_ACCESS_TOKEN: "t" });
const bot = productionBot();
phase("productionBot(): config, plan file, createApp");
bot.services.questions.answer("สวัสดีค่ะ");
phase("first answer (builds the plan's index)");
bot.services.questions.answer("คะแนน ITA ปี 2567 ได้เท่าไหร่");
phase("second answer");
for (const p of phases) console.log(`${String(p.cpuMs).padStart(5)} ms CPU ${String(p.wallMs).padStart(5)} ms wall  ${p.name}`);
process.exit(0);
