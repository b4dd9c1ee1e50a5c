import { SELF } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeBotApi, fixture, fixtures, updateRequest, webhookReplyOf, type BotApiCall } from "./helpers";

type Reply = Record<string, any> | undefined;
const PRIVATE_CHAT = 123456789;
const GROUP_CHAT = -1001234567890;

async function post(name: string): Promise<{ status: number; reply: Reply; calls: BotApiCall[] }> {
  const calls = fakeBotApi();
  const { status, reply } = await webhookReplyOf(await SELF.fetch(updateRequest(fixture(name))));
  return { status, reply, calls };
}

/** A sendMessage in HTML parse mode to `chat`, within Telegram's limit. */
function expectMessage(reply: Reply, chat: number): void {
  expect(reply).toMatchObject({ method: "sendMessage", chat_id: chat, parse_mode: "HTML" });
  expect(typeof reply?.text).toBe("string");
  expect(reply?.text.trim()).not.toBe("");
  expect(reply?.text.length).toBeLessThanOrEqual(4096);
}

/** A reply to the asker's message in a group. */
function expectGroupReply(reply: Reply, chat: number, messageId: number): void {
  expectMessage(reply, chat);
  expect(reply?.reply_parameters).toMatchObject({ message_id: messageId });
}

/** What a user expects for each fixture (shared/telegram/README.md). */
const expectations: Record<string, { says: string; check: (r: { status: number; reply: Reply; calls: BotApiCall[] }) => void }> = {
  private_text: { says: "returns the answer in the private chat", check: ({ reply }) => expectMessage(reply, PRIVATE_CHAT) },
  private_start: {
    says: "returns a greeting with example questions as buttons for /start",
    check: ({ reply }) => {
      expectMessage(reply, PRIVATE_CHAT);
      expect(reply?.text).toMatch(/articles/);
      const buttons = reply?.reply_markup.inline_keyboard.flat();
      expect(buttons.length).toBeGreaterThan(0);
      for (const b of buttons) expect(new TextEncoder().encode(b.callback_data).length).toBeLessThanOrEqual(64);
    },
  },
  private_help: {
    says: "returns the help with example questions as buttons for /help",
    check: ({ reply }) => {
      expectMessage(reply, PRIVATE_CHAT);
      expect(reply?.reply_markup.inline_keyboard.flat().length).toBeGreaterThan(0);
    },
  },
  group_mention: { says: "returns the answer as a reply to a group mention", check: ({ reply }) => expectGroupReply(reply, GROUP_CHAT, 14) },
  group_not_addressed: { says: "returns nothing for group talk not addressed to the bot", check: ({ reply }) => expect(reply).toBeUndefined() },
  group_command_with_username: {
    says: "returns the answer to /ask@AttacheNewsBot in a group",
    check: ({ reply }) => expectGroupReply(reply, -4001234567, 16),
  },
  group_reply_to_bot: { says: "returns an answer to a reply to the bot's message", check: ({ reply }) => expectGroupReply(reply, GROUP_CHAT, 17) },
  supergroup_topic: {
    says: "returns the answer in the same forum topic",
    check: ({ reply }) => {
      expectGroupReply(reply, GROUP_CHAT, 18);
      expect(reply?.message_thread_id).toBe(5);
    },
  },
  edited_message: { says: "returns an answer to the corrected question", check: ({ reply }) => expectMessage(reply, PRIVATE_CHAT) },
  photo_with_caption: { says: "returns a hint that the bot answers text for a photo", check: ({ reply }) => expect(reply?.text).toMatch(/text questions/) },
  sticker: { says: "returns a hint that the bot answers text for a sticker", check: ({ reply }) => expect(reply?.text).toMatch(/text questions/) },
  voice: { says: "returns a hint that the bot answers text for a voice message", check: ({ reply }) => expect(reply?.text).toMatch(/text questions/) },
  callback_query: {
    says: "returns answerCallbackQuery, then the answer, for a button press",
    check: ({ reply, calls }) => {
      expect(calls).toEqual([{ method: "answerCallbackQuery", payload: { callback_query_id: "4382bfdwdsb323b2d9" } }]);
      expectMessage(reply, PRIVATE_CHAT);
    },
  },
  my_chat_member_added: { says: "returns a short hello when added to a group", check: ({ reply }) => expectMessage(reply, GROUP_CHAT) },
  channel_post: { says: "returns nothing for a channel post", check: ({ reply }) => expect(reply).toBeUndefined() },
  inline_query: {
    says: "returns inline answers for an inline query",
    check: ({ reply }) => {
      expect(reply).toMatchObject({ method: "answerInlineQuery", inline_query_id: "2837465" });
      const results = typeof reply?.results === "string" ? JSON.parse(reply.results) : reply?.results;
      expect(results).toHaveLength(1);
      expect(results[0].input_message_content.message_text.length).toBeLessThanOrEqual(4096);
    },
  },
  long_text: {
    says: "returns a clear refusal within Telegram's limit for a 4096-character message",
    check: ({ reply }) => {
      expectMessage(reply, PRIVATE_CHAT);
      expect(reply?.text).toMatch(/too long/);
    },
  },
  html_injection: {
    says: "returns a reply whose HTML has only Telegram's tags, the user's escaped",
    check: ({ reply }) => {
      expectMessage(reply, PRIVATE_CHAT);
      const tags = String(reply?.text).match(/<\/?[a-z]+[^>]*>/gi) ?? [];
      for (const tag of tags) expect(tag).toMatch(/^<\/?(b|i|a|code|blockquote)( href="[^"<>]*")?>$/);
      expect(reply?.text).not.toMatch(/<script/i);
    },
  },
  emoji_and_rtl: { says: "returns an answer for flags, emoji and right-to-left text", check: ({ reply }) => expectMessage(reply, PRIVATE_CHAT) },
  forwarded_text: { says: "returns the answer to a forwarded question", check: ({ reply }) => expectMessage(reply, PRIVATE_CHAT) },
  bot_sender: { says: "returns nothing to another bot", check: ({ reply }) => expect(reply).toBeUndefined() },
  group_anonymous_admin: {
    says: "returns the answer to an anonymous group admin (from GroupAnonymousBot, as the group)",
    check: ({ reply }) => expectGroupReply(reply, GROUP_CHAT, 30),
  },
  group_sender_chat: {
    says: "returns the answer to a user posting as a channel (sender_chat)",
    check: ({ reply }) => expectGroupReply(reply, GROUP_CHAT, 31),
  },
  group_automatic_forward: {
    says: "returns nothing for a channel post forwarded automatically into its discussion group, though it mentions the bot",
    check: ({ reply }) => expect(reply).toBeUndefined(),
  },
};

describe("POST /webhook with the Telegram fixtures", () => {
  afterEach(() => vi.restoreAllMocks());

  it("returns an expectation for every fixture", () => {
    expect(Object.keys(expectations).sort()).toEqual(Object.keys(fixtures).sort());
  });

  for (const [name, { says, check }] of Object.entries(expectations)) {
    it(`${says} (${name})`, async () => {
      const result = await post(name);
      expect(result.status).toBe(200);
      check(result);
    });
  }
});
