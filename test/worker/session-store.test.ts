import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../../src/http/app";
import { d1Sessions, purgeExpiredSessions, SESSION_TTL } from "../../src/http/session-storage";
import type { SqlDatabase, SqlStatement } from "../../src/store/stored-index";
import worker from "../../src/worker";
import { fakeBotApi, fixture, freshUpdateId, recordingEngine, updateRequest, webhookReplyOf } from "./helpers";

const focus = (person: string) => ({ people: [person], meetings: [], countries: [], articles: [] });

/** The keys the sessions table holds, past their expiry or not. */
async function storedKeys(prefix: string): Promise<string[]> {
  const { results } = await env.SESSIONS.prepare("SELECT key FROM sessions WHERE key LIKE ?1 ORDER BY key").bind(`${prefix}%`).all<{ key: string }>();
  return results.map((row) => row.key);
}

/** A database whose statements fail as `failing` says (all of them by default), as D1 does past a limit of the plan; the others reach the test's D1. */
function failingDatabase(
  failing: (query: string) => boolean = () => true,
  error = () => new Error("D1_ERROR: Exceeded maximum rows written for the day"),
): SqlDatabase {
  const fail = () => Promise.reject(error());
  interface Wrapped {
    query: string;
    real: SqlStatement;
    bind(...values: unknown[]): Wrapped;
    all(): Promise<{ results: never[] }>;
  }
  const wrap = (query: string, real: SqlStatement): Wrapped => ({
    query,
    real,
    bind: (...values) => wrap(query, real.bind(...values)),
    all: () => (failing(query) ? fail() : (real.all() as never)),
  });
  return {
    prepare: (query) => wrap(query, env.SESSIONS.prepare(query) as SqlStatement),
    batch: (statements) => {
      const wrapped = statements as unknown as Wrapped[];
      return wrapped.some((s) => failing(s.query)) ? fail() : (env.SESSIONS.batch(wrapped.map((s) => s.real) as never) as never);
    },
  } as SqlDatabase;
}

/** A private question from the fixtures' user in a chat of its own (a command when it starts with "/"). */
function question(chatId: number, text: string): Record<string, unknown> {
  const update = fixture("private_text");
  const message = update.message as Record<string, any>;
  message.chat = { ...message.chat, id: chatId };
  message.text = text;
  if (text.startsWith("/")) message.entities = [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }];
  else delete message.entities;
  return { ...update, update_id: freshUpdateId() };
}

describe("sessions in D1", () => {
  it("returns what was written, nothing once deleted, and nothing past the key's time to live", async () => {
    let now = Date.now();
    const store = d1Sessions(env.SESSIONS, () => now);
    await store.write("chat:901", { focus: focus("a") });
    await store.write("web:901", { focus: focus("b") });
    await store.write("chat:901", { focus: focus("c") });
    expect(await store.read("chat:901")).toEqual({ focus: focus("c") });
    await store.delete("chat:901");
    expect(await store.read("chat:901")).toBeUndefined();
    now += (SESSION_TTL.web + 1) * 1000;
    expect(await store.read("web:901")).toBeUndefined();
  });

  it("returns a session from a database it never saw before: the first statement creates the table", async () => {
    await env.SESSIONS.prepare("DROP TABLE IF EXISTS sessions").all();
    const store = d1Sessions(env.SESSIONS);
    expect(await store.read("chat:902")).toBeUndefined();
    await d1Sessions(env.SESSIONS).write("chat:902", { focus: focus("a") });
    expect(await store.read("chat:902")).toEqual({ focus: focus("a") });
  });

  it("writes and reads a session through a transient error, and gives up on an error that is not one", async () => {
    let transient = 1;
    // the first write of a new store fails once as a dropped connection does, then reaches the database
    const flaky = failingDatabase(
      (query) => query.startsWith("INSERT") && transient-- > 0,
      () => new Error("D1_ERROR: Network connection lost."),
    );
    await d1Sessions(flaky).write("chat:905", { focus: focus("a") });
    expect(await d1Sessions(env.SESSIONS).read("chat:905")).toEqual({ focus: focus("a") });

    let calls = 0;
    const overLimit = failingDatabase((query) => query.startsWith("INSERT") && ++calls > 0);
    await expect(d1Sessions(overLimit).write("chat:906", {})).rejects.toThrow(/maximum rows/);
    expect(calls).toBe(1);
    expect(await storedKeys("chat:906")).toEqual([]);
  });

  it("deletes only the expired rows when the daily cron runs", async () => {
    const hoursAgo = d1Sessions(env.SESSIONS, () => Date.now() - (SESSION_TTL.web + 60) * 1000);
    await hoursAgo.write("web:903", {});
    await hoursAgo.write("chat:903", {});
    await d1Sessions(env.SESSIONS).write("chat:904", {});
    await worker.scheduled({}, env);
    expect(await storedKeys("%:903")).toEqual(["chat:903"]);
    expect(await storedKeys("chat:904")).toEqual(["chat:904"]);
    await purgeExpiredSessions(env.SESSIONS, () => Date.now() + (SESSION_TTL.chat + 1) * 1000);
    expect([...(await storedKeys("%:903")), ...(await storedKeys("chat:904"))]).toEqual([]);
  });
});

describe("a failing session store", () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns the answer (200, the reply) when reads and writes fail, and logs one line without the token", async () => {
    fakeBotApi();
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args.join(" ")));
    const token = "7000000001:AAE-secret-token-of-the-bot-0123456789";
    const app = createApp({ engine: recordingEngine() });
    const broken = { ...env, SESSIONS: failingDatabase() as D1Database, BOT_TOKEN: token };
    for (const text of ["Who met whom?", "When?", "/reset", "/start"]) {
      const { status, reply } = await webhookReplyOf(await app.request(updateRequest(question(905, text)), undefined, broken));
      expect(status).toBe(200);
      expect(reply).toMatchObject({ method: "sendMessage", chat_id: 905 });
    }
    const asked = await app.request(`/api/ask?q=${encodeURIComponent("When?")}&conversation=broken-905`, undefined, broken);
    expect(asked.status).toBe(200);
    expect(errors.some((line) => /sessions: (reading|writing|deleting) chat:905 failed/.test(line))).toBe(true);
    expect(errors.join("\n")).not.toContain(token);
  });

  it("returns the answer and keeps no context when only writes fail (a plan's write limit)", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const engine = recordingEngine();
    const app = createApp({ engine });
    const writesFail = { ...env, SESSIONS: failingDatabase((query) => query.startsWith("INSERT")) as D1Database };
    for (const text of ["Who met whom?", "When?"]) {
      const { status, reply } = await webhookReplyOf(await app.request(updateRequest(question(906, text)), undefined, writesFail));
      expect(status).toBe(200);
      expect(reply).toMatchObject({ method: "sendMessage", text: expect.stringContaining(`Answer to: ${text}`) });
    }
    expect(engine.asked.map((a) => a.conversation.focus)).toEqual([undefined, undefined]);
  });
});
