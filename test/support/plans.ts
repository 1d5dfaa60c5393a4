/**
 * Plans for tests of several fiscal years: the shipped plan moved to another year (as an
 * organisation's next plan would look), with optional edits, and a LINE file message carrying a
 * plan file, as an admin sends it from the LINE app.
 */
import { signWebhookBody } from "line-standin";
import { parsePlan } from "../../src/plan/load-plan";
import type { Plan } from "../../src/plan/schema";
import { fiscalYearDates } from "../../src/thai/fiscal-year";
import { messageEvent, TEST_SECRET, webhookBody, type BotHarness } from "./bot-harness";

/** The plan moved to `fiscalYear` (periods: that whole year), with `edit` applied; validated. */
export function planForYear(base: Plan, fiscalYear: number, edit: (p: Plan) => Plan = (p) => p): Plan {
  const { start, end } = fiscalYearDates(fiscalYear);
  const moved: Plan = {
    ...base,
    id: `${base.id.replace(/-?\d{4}$/, "")}-${fiscalYear}`,
    fiscalYear,
    assessment: { ...base.assessment, year: fiscalYear - 1 },
    issues: base.issues.map((i) => ({ ...i, measure: { ...i.measure, period: { start, end } } })),
  };
  return parsePlan(edit(moved), `test plan ${fiscalYear}`);
}

let seq = 0;

/**
 * Sends `bytes` as a file message from `userId` through the webhook, signed as LINE signs it; the
 * stand-in serves the bytes from its content endpoint and accepts the reply token, as LINE would.
 */
export async function sendFile(h: BotHarness, userId: string, bytes: Buffer, fileName = "plan.json"): Promise<number> {
  seq++;
  const messageId = `5${String(Date.now()).slice(-8)}${String(seq).padStart(6, "0")}`;
  const replyToken = `f${String(seq).padStart(31, "0")}`;
  h.standin.state.contents.set(messageId, { bytes, contentType: "application/octet-stream" });
  h.standin.state.replyTokens.issue(replyToken, userId);
  const body = webhookBody([messageEvent(userId, { id: messageId, type: "file", fileName, fileSize: bytes.length }, { replyToken })]);
  const res = await fetch(h.webhookUrl, { method: "POST", headers: { "content-type": "application/json", "x-line-signature": signWebhookBody(TEST_SECRET, body) }, body });
  return res.status;
}
