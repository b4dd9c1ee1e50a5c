import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

let wrangler: ChildProcess | undefined;
let base = "";
let log = "";

/** Starts `wrangler dev` (what `npm run dev` runs) and waits until /healthz answers. */
beforeAll(async () => {
  const [port, inspector] = [await freePort(), await freePort()];
  base = `http://127.0.0.1:${port}`;
  wrangler = spawn(
    "node_modules/.bin/wrangler",
    ["dev", "--ip", "127.0.0.1", "--port", String(port), "--inspector-port", String(inspector), "--show-interactive-dev-session=false"],
    { detached: true, env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" } },
  );
  wrangler.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  wrangler.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  for (let attempt = 0; attempt < 240; attempt++) {
    if (wrangler.exitCode !== null) throw new Error(`wrangler dev exited ${wrangler.exitCode}:\n${log}`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`wrangler dev did not answer on ${base}:\n${log}`);
});

afterAll(() => {
  if (wrangler?.pid !== undefined && wrangler.exitCode === null) process.kill(-wrangler.pid, "SIGTERM");
});

describe("npm run dev (wrangler dev)", () => {
  it("returns the bot's reply object for a posted Telegram update, as curl shows it", async () => {
    const update = readFileSync("test/fixtures/telegram/private_text.json", "utf8");
    const response = await fetch(`${base}/webhook`, { method: "POST", headers: { "content-type": "application/json" }, body: update });
    expect(response.status).toBe(200);
    const reply = JSON.parse(await response.text()) as Record<string, unknown>;
    expect(reply).toMatchObject({ method: "sendMessage", chat_id: 123456789, parse_mode: "HTML", text: expect.any(String) });
  });

  it("returns the answer object from /api/ask", async () => {
    const response = await fetch(`${base}/api/ask?q=${encodeURIComponent("Who met whom?")}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ text: expect.any(String), found: expect.any(Boolean) });
  });
});
