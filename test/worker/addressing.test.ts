import { describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { questionOf } from "../../src/bot/addressing";

const me = { id: 7000000001, username: "AttacheNewsBot" };
const group = { id: -1, type: "supergroup", title: "G" } as Message["chat"];
const message = (text: string, extra: Partial<Message> = {}) => ({ chat: group, text, ...extra }) as Message;
const mention = (offset: number, length: number) => ({ type: "mention" as const, offset, length });

describe("questionOf", () => {
  it("returns the question without the mention wherever it stands, in any case", () => {
    expect(questionOf(message("@AttacheNewsBot who met?", { entities: [mention(0, 15)] }), me)).toBe("who met?");
    expect(questionOf(message("who met @attachenewsbot ?", { entities: [mention(8, 15)] }), me)).toBe("who met ?");
  });

  it("returns undefined for group text that mentions someone else or no one", () => {
    expect(questionOf(message("@other_bot who met?", { entities: [mention(0, 10)] }), me)).toBeUndefined();
    expect(questionOf(message("lunch?"), me)).toBeUndefined();
  });

  it("returns the text of a reply to the bot, and every private text", () => {
    const reply = { message_id: 1, date: 0, chat: group, from: { id: me.id, is_bot: true, first_name: "A" } } as Message;
    expect(questionOf(message("and when?", { reply_to_message: reply as never }), me)).toBe("and when?");
    expect(questionOf({ chat: { id: 1, type: "private", first_name: "A" }, text: " hi " } as Message, me)).toBe("hi");
  });
});
