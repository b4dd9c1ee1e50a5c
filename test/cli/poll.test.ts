import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

/** A Bot API that accepts connections and never answers: what a blocked network looks like. */
let silent: Server;
let apiRoot = "";
const sockets = new Set<Socket>();
const TOKEN = "7000000001:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

beforeAll(async () => {
  silent = createServer((socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  apiRoot = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
});

afterAll(() => {
  for (const socket of sockets) socket.destroy();
  return new Promise<void>((resolve) => silent.close(() => resolve()));
});

describe("npm run poll", { timeout: 30_000 }, () => {
  it("returns with an error after saying what it waits for, when the Bot API does not answer", async () => {
    const { code, stdout, stderr } = await runCli("poll.ts", [], { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: apiRoot, POLL_CONNECT_TIMEOUT_MS: "1500" });
    expect(code).toBe(1);
    expect(stdout).toContain(`poll: asking the Bot API at ${apiRoot} who the bot is (getMe); giving up after 2 s`);
    expect(stderr).toMatch(/^poll: no answer from http:\/\/127\.0\.0\.1:\d+ within 2 s/m);
    expect(stdout + stderr).not.toContain(TOKEN);
  });

  it("returns at once with how to set BOT_TOKEN when it is missing", async () => {
    const { code, stderr } = await runCli("poll.ts", [], { BOT_TOKEN: "" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/BOT_TOKEN is not set/);
  });
});
