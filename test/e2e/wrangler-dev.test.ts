import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevServer, type DevServer } from "../support/dev-server";

let server: DevServer;

/** The real `wrangler dev` (what `npm run dev` runs) on free ports, with its own local KV. */
beforeAll(async () => {
  server = await startDevServer();
});

afterAll(async () => {
  await server?.stop();
});

describe("npm run dev (wrangler dev)", () => {
  it("returns the bot's reply object for a posted Telegram update, as curl shows it", async () => {
    const update = readFileSync("test/fixtures/telegram/private_text.json", "utf8");
    const response = await fetch(`${server.url}/webhook`, { method: "POST", headers: { "content-type": "application/json" }, body: update });
    expect(response.status).toBe(200);
    const reply = JSON.parse(await response.text()) as Record<string, unknown>;
    expect(reply).toMatchObject({ method: "sendMessage", chat_id: 123456789, parse_mode: "HTML", text: expect.any(String) });
  });

  it("returns a reply in the same forum topic for a group mention", async () => {
    const update = readFileSync("test/fixtures/telegram/supergroup_topic.json", "utf8");
    const response = await fetch(`${server.url}/webhook`, { method: "POST", headers: { "content-type": "application/json" }, body: update });
    expect(JSON.parse(await response.text())).toMatchObject({ method: "sendMessage", message_thread_id: 5, reply_parameters: { message_id: 18 } });
  });

  it("returns the answer object from /api/ask", async () => {
    const response = await fetch(`${server.url}/api/ask?q=${encodeURIComponent("Who met whom?")}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ text: expect.any(String), found: expect.any(Boolean) });
  });
});
