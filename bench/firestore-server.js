// The Firestore the full bot talks to in `npm run bench`: the embedded emulator in a process of its
// own, as real Firestore is a service of its own in production (so the bot's start-up and CPU
// figures do not include the database's).
const { FirestoreServer } = require("@firestore-emulator/server");

const server = new FirestoreServer();
server.start(Number(process.env.PORT)).then(() => process.stdout.write("listening\n"));
// Exit on SIGTERM rather than be killed, so a CPU profile (BENCH_CPU_PROFILE_DIR) gets written.
process.on("SIGTERM", () => process.exit(0));
