import { ConfigError, LOCAL_LINE_CREDENTIALS, loadConfig } from "../src/config";

const ADMIN = "U" + "a".repeat(32);

describe("loadConfig", () => {
  it("gives a local run safe defaults with no environment at all", () => {
    const config = loadConfig({}, "local");
    expect(config).toMatchObject({
      mode: "local",
      lineChannelSecret: LOCAL_LINE_CREDENTIALS.channelSecret,
      lineApiBaseUrl: undefined,
      firestoreEmulatorHost: undefined,
      port: 3000,
      adminUserIds: [],
    });
  });

  it("stops production without LINE credentials, naming each variable and how to set it", () => {
    expect(() => loadConfig({}, "production")).toThrow(ConfigError);
    try {
      loadConfig({ LINE_CHANNEL_SECRET: "s" }, "production");
    } catch (err) {
      expect(String(err)).toMatch(/LINE_CHANNEL_ACCESS_TOKEN is not set/);
      expect(String(err)).toMatch(/functions:secrets:set LINE_CHANNEL_ACCESS_TOKEN/);
      expect(String(err)).not.toMatch(/LINE_CHANNEL_SECRET is not set/);
    }
  });

  it("defaults production to LINE's real API", () => {
    const config = loadConfig({ LINE_CHANNEL_SECRET: "s", LINE_CHANNEL_ACCESS_TOKEN: "t" }, "production");
    expect(config.lineApiBaseUrl).toBe("https://api.line.me");
    expect(config.lineDataApiBaseUrl).toBe("https://api-data.line.me");
    expect(config.projectId).toBeUndefined();
  });

  it.each([
    [{ PORT: "abc" }, /PORT is not a number/],
    [{ PORT: "70000" }, /PORT/],
    [{ LINE_API_BASE_URL: "ftp://example" }, /LINE_API_BASE_URL is not an http\(s\) URL/],
    [{ FIRESTORE_EMULATOR_HOST: "localhost" }, /FIRESTORE_EMULATOR_HOST is not host:port/],
    [{ ADMIN_USER_IDS: "admin" }, /ADMIN_USER_IDS has an entry that is not a LINE user ID/],
  ])("refuses %p with a sentence a person can act on", (env, message) => {
    expect(() => loadConfig(env, "local")).toThrow(message);
  });

  it("reads comma-separated admin IDs with spaces around them", () => {
    const other = "U" + "b".repeat(32);
    expect(loadConfig({ ADMIN_USER_IDS: ` ${ADMIN} , ${other},` }, "local").adminUserIds).toEqual([ADMIN, other]);
  });

  it("reads who receives confidential complaints, and leaves it to the configured admins when unset", () => {
    const officer = "U" + "e".repeat(32);
    expect(loadConfig({ ADMIN_USER_IDS: ADMIN, INTEGRITY_OFFICER_IDS: ` ${officer} ` }, "local").integrityOfficerIds).toEqual([officer]);
    expect(loadConfig({ ADMIN_USER_IDS: ADMIN }, "local").integrityOfficerIds).toBeUndefined();
    expect(() => loadConfig({ INTEGRITY_OFFICER_IDS: "someone" }, "local")).toThrow(/INTEGRITY_OFFICER_IDS has an entry that is not a LINE user ID/);
  });

  it("takes PORT, the emulator host and the LINE API base URL when given", () => {
    const config = loadConfig(
      { PORT: "8081", FIRESTORE_EMULATOR_HOST: "127.0.0.1:8080", LINE_API_BASE_URL: "http://127.0.0.1:9000" },
      "local",
    );
    expect(config).toMatchObject({
      port: 8081,
      firestoreEmulatorHost: "127.0.0.1:8080",
      lineApiBaseUrl: "http://127.0.0.1:9000",
      lineDataApiBaseUrl: "http://127.0.0.1:9000",
    });
  });

  it("takes PUBLIC_BASE_URL for links sent in chat, defaulting to the local server in a local run only", () => {
    expect(loadConfig({ PORT: "4000" }, "local").publicBaseUrl).toBe("http://localhost:4000");
    expect(loadConfig({ LINE_CHANNEL_SECRET: "s", LINE_CHANNEL_ACCESS_TOKEN: "t" }, "production").publicBaseUrl).toBeUndefined();
    expect(loadConfig({ PUBLIC_BASE_URL: "https://example.test/webhook/" }, "local").publicBaseUrl).toBe("https://example.test/webhook");
    expect(() => loadConfig({ PUBLIC_BASE_URL: "ftp://x" }, "local")).toThrow(/PUBLIC_BASE_URL is not an http\(s\) URL/);
  });

  it.each([
    [{ LINE_CHANNEL_SECRET: LOCAL_LINE_CREDENTIALS.channelSecret, LINE_CHANNEL_ACCESS_TOKEN: "t" }, /LINE_CHANNEL_SECRET is the local stand-in's public secret/],
    [{ LINE_CHANNEL_SECRET: "s", LINE_CHANNEL_ACCESS_TOKEN: LOCAL_LINE_CREDENTIALS.channelAccessToken }, /LINE_CHANNEL_ACCESS_TOKEN is the local stand-in's public token/],
    [{ LINE_CHANNEL_SECRET: "s", LINE_CHANNEL_ACCESS_TOKEN: "t", PUBLIC_BASE_URL: "http://example.test/webhook" }, /PUBLIC_BASE_URL is not https/],
  ])("refuses to start production with %p, naming the variable", (env, message) => {
    expect(() => loadConfig(env, "production")).toThrow(ConfigError);
    expect(() => loadConfig(env, "production")).toThrow(message);
  });

  it("lets a local run use the stand-in's credentials and an http address", () => {
    const local = { LINE_CHANNEL_SECRET: LOCAL_LINE_CREDENTIALS.channelSecret, PUBLIC_BASE_URL: "http://localhost:3000" };
    expect(loadConfig(local, "local").publicBaseUrl).toBe("http://localhost:3000");
  });

  it("listens on loopback unless HOST says otherwise", () => {
    expect(loadConfig({}, "local").host).toBe("127.0.0.1");
    expect(loadConfig({ HOST: "0.0.0.0" }, "local").host).toBe("0.0.0.0");
    expect(() => loadConfig({ HOST: "a b" }, "local")).toThrow(/HOST is not an address/);
  });
});
