// The baseline for `npm run bench`: the smallest LINE bot the same SDK and express make — verify
// the signature with the SDK's middleware, reply with the same text. No storage, no answering.
const express = require("express");
const { middleware, messagingApi } = require("@line/bot-sdk");

const channelSecret = process.env.LINE_CHANNEL_SECRET;
const client = new messagingApi.MessagingApiClient({
  channelAccessToken: process.env.LINE_CHANNEL_ACCESS_TOKEN,
  baseURL: process.env.LINE_API_BASE_URL,
});

const app = express();
app.post("/webhook", middleware({ channelSecret }), async (req, res) => {
  await Promise.all(
    req.body.events
      .filter((e) => e.type === "message" && e.message.type === "text")
      .map((e) => client.replyMessage({ replyToken: e.replyToken, messages: [{ type: "text", text: e.message.text }] })),
  );
  res.json({});
});
app.listen(Number(process.env.PORT), "127.0.0.1", () => process.stdout.write("listening\n"));
// Exit on SIGTERM rather than be killed, so a CPU profile (BENCH_CPU_PROFILE_DIR) gets written.
process.on("SIGTERM", () => process.exit(0));
