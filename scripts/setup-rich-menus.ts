/**
 * `npm run rich-menus:setup [-- --relink]`: creates (or replaces) the citizen, officer and admin
 * rich menus on the LINE channel named by LINE_CHANNEL_ACCESS_TOKEN (and LINE_API_BASE_URL, e.g. a
 * stand-in). With `--relink`, officers and admins in Firestore (GCLOUD_PROJECT, or
 * FIRESTORE_EMULATOR_HOST) are linked to their new menu. A local `npm start` does this by itself
 * on its built-in stand-in.
 */
import { messagingApi } from "@line/bot-sdk";
import { ConfigError, loadConfig } from "../src/config";
import { createLogger } from "../src/logs";
import { createStaffDirectory } from "../src/people/staff-directory";
import { setupRichMenus } from "../src/rich-menus/setup";
import { openFirestore } from "../src/store/firestore";

async function main(): Promise<void> {
  if (!process.env.LINE_CHANNEL_ACCESS_TOKEN) {
    throw new ConfigError(
      "Cannot set up rich menus: LINE_CHANNEL_ACCESS_TOKEN is not set. Set it (and LINE_API_BASE_URL to use another LINE API than api.line.me); `npm start` sets up menus on its own stand-in.",
    );
  }
  const config = loadConfig(process.env, process.env.LINE_CHANNEL_SECRET ? "production" : "local");
  const baseURL = config.lineApiBaseUrl ?? "https://api.line.me";
  const logger = createLogger();
  let relink: Array<{ userId: string; role: "officer" | "admin" }> = [];
  if (process.argv.includes("--relink")) {
    const { db } = openFirestore({ projectId: config.projectId, emulatorHost: config.firestoreEmulatorHost });
    const staff = await createStaffDirectory(db, { adminUserIds: config.adminUserIds }).list();
    relink = staff.flatMap((m) => (m.role === "officer" || m.role === "admin" ? [{ userId: m.userId, role: m.role }] : []));
  }
  const ids = await setupRichMenus({
    client: new messagingApi.MessagingApiClient({ channelAccessToken: config.lineChannelAccessToken, baseURL }),
    blob: new messagingApi.MessagingApiBlobClient({ channelAccessToken: config.lineChannelAccessToken, baseURL: config.lineDataApiBaseUrl ?? baseURL }),
    logger,
    relink,
  });
  process.stdout.write(`rich menus ready: ${JSON.stringify(ids)}${relink.length ? `; ${relink.length} staff relinked` : ""}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
