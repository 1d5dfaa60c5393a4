// The floor for `npm run bench`: the smallest *correct* LINE bot that the same SDK, express and
// firebase-admin make. It checks the signature (the SDK's middleware), claims each event once with
// one Firestore create() keyed by its webhookEventId (a second delivery finds the document and is
// skipped), then replies. Nothing else: no sender lookup, no answering, no completion mark. A
// store that cannot be reached answers 500 so LINE redelivers. Any bot that dedupes in Firestore
// before answering pays at least this; the full bot is measured against it.
const express = require("express");
const { middleware, messagingApi } = require("@line/bot-sdk");
const { initializeApp } = require("firebase-admin/app");
const { getFirestore, Timestamp } = require("firebase-admin/firestore");

const client = new messagingApi.MessagingApiClient({
  channelAccessToken: process.env.LINE_CHANNEL_ACCESS_TOKEN,
  baseURL: process.env.LINE_API_BASE_URL,
});
// FIRESTORE_EMULATOR_HOST points firebase-admin at the emulator (or the bench's delay proxy).
// Placeholder credentials, as the full bot sets for an emulator (src/store/firestore.ts): without
// them Google's auth library probes the cloud metadata server over the network first.
const db = getFirestore(initializeApp({ projectId: process.env.GCLOUD_PROJECT }));
db.settings({ credentials: { client_email: "emulator@demo.invalid", private_key: "not-used-by-the-emulator" } });
const ALREADY_EXISTS = 6;

async function handle(event) {
  try {
    await db.collection("webhookEvents").doc(event.webhookEventId).create({ at: Timestamp.now() });
  } catch (err) {
    if (err && err.code === ALREADY_EXISTS) return;
    throw err;
  }
  if (!event.replyToken) return;
  const text = event.type === "message" && event.message.type === "text" ? event.message.text : "ได้รับแล้วค่ะ";
  await client.replyMessage({ replyToken: event.replyToken, messages: [{ type: "text", text }] });
}

const app = express();
app.post("/webhook", middleware({ channelSecret: process.env.LINE_CHANNEL_SECRET }), async (req, res) => {
  const settled = await Promise.allSettled(req.body.events.map(handle));
  const failed = settled.some((s) => s.status === "rejected");
  res.status(failed ? 500 : 200).json({});
});
app.listen(Number(process.env.PORT), "127.0.0.1", () => process.stdout.write("listening\n"));
// Exit on SIGTERM rather than be killed, so a CPU profile (BENCH_CPU_PROFILE_DIR) gets written.
process.on("SIGTERM", () => process.exit(0));
