import { describe, expect, it, vi } from "vitest";
import questions from "../../bench/questions.json";
import { createEngine, type ChatSession, type SessionStorage } from "../../src/bot/index";
import { botInfoOf, LOCAL_BOT } from "../../src/config";
import factIndex from "../../src/generated/fact-index.json";
import intentModel from "../../src/generated/intent-model.json";
import { plainQuestion, quickAnswer } from "../../src/http/quick-answer";
import { webhookBots } from "../../src/http/webhook-bot";
import { fixture, fixtures, freshUpdateId } from "./helpers";

const config = { token: `${LOCAL_BOT.id}:local-dev-token`, botInfo: botInfoOf(LOCAL_BOT.id, LOCAL_BOT.username, LOCAL_BOT.name), offline: true };
const engine = createEngine(factIndex, intentModel);

/** A storage in a Map that shows what it holds. */
function mapStorage(): SessionStorage & { held: () => Record<string, string> } {
  const map = new Map<string, string>();
  return {
    read: (key) => (map.has(key) ? (JSON.parse(map.get(key)!) as ChatSession) : undefined),
    write: (key, value) => void map.set(key, JSON.stringify(value)),
    delete: (key) => void map.delete(key),
    held: () => Object.fromEntries(map),
  };
}

/** A private text message in chat `chat`, as a new update. */
function asked(text: string, chat = 555): Record<string, any> {
  const id = freshUpdateId();
  return { update_id: id, message: { message_id: id, date: 1_700_000_000, chat: { id: chat, type: "private", first_name: "A" }, from: { id: chat, is_bot: false, first_name: "A" }, text } };
}

/** The same updates answered by grammY's bot and by the quick answer, each with its own storage. */
async function bothWays(updates: Record<string, any>[]) {
  const grammy = mapStorage();
  const quick = mapStorage();
  const handle = webhookBots(engine, 9000)(config);
  const replies: { grammy: string; quick: string; type: [string | null, string | null] }[] = [];
  for (const update of updates) {
    const plain = plainQuestion(update as never, config.botInfo);
    if (!plain) throw new Error(`not a plain question: ${JSON.stringify(update).slice(0, 80)}`);
    const viaGrammy = await handle(undefined as never, update as never, { sessions: grammy });
    const viaQuick = await quickAnswer(engine, plain, quick, 9000, () => {});
    replies.push({ grammy: await viaGrammy.text(), quick: await viaQuick.text(), type: [viaGrammy.headers.get("content-type"), viaQuick.headers.get("content-type")] });
  }
  return { replies, grammy: grammy.held(), quick: quick.held() };
}

describe("the webhook's quick answer", () => {
  it("returns a question only for the fixtures that are plain texts in a private chat", () => {
    const taken = Object.keys(fixtures).filter((name) => plainQuestion(fixture(name) as never, config.botInfo) !== undefined);
    expect(taken.sort()).toEqual(["emoji_and_rtl", "forwarded_text", "html_injection", "private_text"]);
  });

  it("returns nothing for an empty or too long text, a reply, a command or a mention (grammY answers those)", () => {
    const with_ = (extra: Record<string, unknown>, text = "Who met whom?") => {
      const update = asked(text);
      Object.assign(update.message, extra);
      return plainQuestion(update as never, config.botInfo);
    };
    expect(with_({}, "  ")).toBeUndefined();
    expect(with_({}, "x".repeat(1001))).toBeUndefined();
    expect(with_({ reply_to_message: { message_id: 1, date: 0, chat: { id: 555, type: "private" }, text: "earlier" } })).toBeUndefined();
    expect(with_({ entities: [{ type: "bot_command", offset: 0, length: 6 }] }, "/start")).toBeUndefined();
    expect(with_({ entities: [{ type: "mention", offset: 0, length: 15 }] }, "@AttacheNewsBot who met?")).toBeUndefined();
    expect(with_({ from: { id: 9, is_bot: true, first_name: "B" } })).toBeUndefined();
    expect(with_({ is_topic_message: true, message_thread_id: 4 })).toBeUndefined();
    expect(with_({}, "  Who   met\nwhom? ")).toEqual({ chatId: 555, question: "Who met whom?" });
  });

  it("returns byte for byte grammY's webhook reply, and stores the same sessions, for the fixtures and the dev questions", async () => {
    const updates = [
      ...["private_text", "emoji_and_rtl", "forwarded_text", "html_injection"].map((name) => fixture(name)),
      ...questions.map((q, i) => asked(q, 1000 + i)),
      // in one chat after another, with follow-ups that lean on the last answer's focus
      ...questions.flatMap((q, i) => [asked(q, 2000 + i), asked(["When was that?", "Who else?", "more", "Who is he?"][i % 4]!, 2000 + i)]),
    ];
    const { replies, grammy, quick } = await bothWays(updates);
    for (const r of replies) {
      expect(r.quick).toBe(r.grammy);
      expect(r.type[1]).toBe(r.type[0]);
    }
    expect(replies.every((r) => JSON.parse(r.quick).method === "sendMessage")).toBe(true);
    expect(quick).toEqual(grammy);
    expect(Object.keys(quick).length).toBeGreaterThan(30);
  });

  it("arms no timer for a question answered without waiting on storage, and answers empty past the limit when a session read hangs", async () => {
    const timers = vi.spyOn(globalThis, "setTimeout");
    try {
      const plain = plainQuestion(asked("Who met whom?", 3001) as never, config.botInfo)!;
      const quick = await quickAnswer(engine, plain, mapStorage(), 9000, () => {});
      expect(JSON.parse(await quick.text())).toMatchObject({ chat_id: 3001, method: "sendMessage" });
      expect(timers.mock.calls.some(([, ms]) => ms === 9000)).toBe(false);
      // a follow-up reads the chat's session: a read that never settles is left behind at the limit
      const hanging = { read: () => new Promise<never>(() => {}), write: () => {}, delete: () => {} };
      let late = false;
      const followUp = plainQuestion(asked("Who else?", 3002) as never, config.botInfo)!;
      const stuck = await quickAnswer(engine, followUp, hanging, 20, () => (late = true));
      expect(stuck.status).toBe(200);
      expect(await stuck.text()).toBe("");
      expect(late).toBe(true);
    } finally {
      timers.mockRestore();
    }
  });
});
