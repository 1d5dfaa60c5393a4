import express from "express";
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Script } from "node:vm";
import { createChatPageRouter, type Persona } from "../../../src/dev/chat-page/serve";
import { parsePersonas, personaProfiles } from "../../../src/dev/chat-page/personas";

const personas: Persona[] = [
  { userId: "U11111111111111111111111111111111", displayName: "สมชาย (ประชาชน)", role: "citizen" },
  { userId: "U22222222222222222222222222222222", displayName: "สมศรี (เจ้าหน้าที่ สำนักปลัด)", role: "officer" },
  { userId: "U33333333333333333333333333333333", displayName: "ปลัด อบต. (ผู้ดูแล)", role: "admin" },
];
const pageDir = path.join(__dirname, "../../../src/dev/chat-page");

let server: Server;
let origin: string;
beforeAll(async () => {
  const app = express();
  app.use(createChatPageRouter({ standinPath: "/__standin/", personas }));
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("createChatPageRouter", () => {
  it("serves the page in Thai with its scripts, under a strict content security policy", async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain('lang="th"');
    expect(html).toContain('src="flex-to-nodes.js"');
    expect(html).toContain('src="chat.js"');
  });

  it("serves the scripts and the stylesheet", async () => {
    for (const [file, type] of [
      ["chat.js", /javascript/],
      ["flex-to-nodes.js", /javascript/],
      ["chat.css", /css/],
    ] as const) {
      const response = await fetch(`${origin}/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(type);
    }
  });

  it("serves the personas and where the stand-in is", async () => {
    const response = await fetch(`${origin}/personas.json`);
    expect(await response.json()).toEqual({ standinPath: "/__standin", personas });
  });

  it("serves the organisation from the plan when it is given", async () => {
    const app = express().use(createChatPageRouter({ standinPath: "/__standin", personas, organization: { name: "ทต.ดอนแก้วงาม", address: "อ.แม่ทา จ.ลำพูน" } }));
    const server = app.listen(0);
    try {
      const { port } = server.address() as AddressInfo;
      const config = await (await fetch(`http://127.0.0.1:${port}/personas.json`)).json();
      expect(config.organization).toEqual({ name: "ทต.ดอนแก้วงาม", address: "อ.แม่ทา จ.ลำพูน" });
    } finally {
      server.close();
    }
  });

  it("serves nothing else from the folder", async () => {
    expect((await fetch(`${origin}/serve.ts`)).status).toBe(404);
    expect((await fetch(`${origin}/..%2Fpackage.json`)).status).toBe(404);
  });

  it("refuses personas whose user ID LINE would not issue", () => {
    expect(() => createChatPageRouter({ standinPath: "/x", personas: [{ userId: "Usomchai", displayName: "สมชาย" }] })).toThrow(
      /userId/,
    );
    expect(() => parsePersonas([])).toThrow(/at least one/);
  });

  it("gives the stand-in the personas' names as profiles", () => {
    expect(personaProfiles(personas)[personas[0]!.userId]).toEqual({ displayName: "สมชาย (ประชาชน)" });
  });
});

describe("browser scripts", () => {
  it.each(["chat.js", "flex-to-nodes.js"])("%s is valid script-mode JavaScript", (file) => {
    expect(() => new Script(readFileSync(path.join(pageDir, file), "utf8"), { filename: file })).not.toThrow();
  });

  it("never puts strings into innerHTML", () => {
    for (const file of ["chat.js", "flex-to-nodes.js"]) {
      expect(readFileSync(path.join(pageDir, file), "utf8")).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
  });
});
