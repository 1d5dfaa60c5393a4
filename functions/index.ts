/**
 * Cloud Functions entry point: a thin shell. It declares the deployed endpoint (2nd gen, Bangkok's
 * nearest region, LINE credentials as secrets) and builds the app from `src/` on the first request,
 * so loading this module (as the deploy tool does) runs nothing slow and needs no secrets.
 */
import type { Express } from "express";
import { onRequest } from "firebase-functions/https";
import { defineSecret } from "firebase-functions/params";

const lineChannelSecret = defineSecret("LINE_CHANNEL_SECRET");
const lineChannelAccessToken = defineSecret("LINE_CHANNEL_ACCESS_TOKEN");

let app: Express | undefined;

export const webhook = onRequest(
  {
    region: "asia-southeast1",
    secrets: [lineChannelSecret, lineChannelAccessToken],
    memory: "512MiB",
    timeoutSeconds: 60,
    concurrency: 80,
  },
  async (req, res) => {
    // Secrets are bound as environment variables at run time; config.ts reads and validates them.
    app ??= (await import("../src/production")).createProductionApp();
    app(req, res);
  },
);
