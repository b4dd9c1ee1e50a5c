/** @module Whether a message speaks to the bot, and the question it asks once the mention is taken out. */
import type { Message, User } from "grammy/types";

type Me = Pick<User, "id" | "username">;

/** A message's text with the bot's @mention (and text_mention) taken out. */
function withoutMentions(message: Pick<Message, "text" | "entities">, me: Me): { text: string; mentioned: boolean } {
  const text = message.text ?? "";
  const handle = `@${me.username ?? ""}`.toLowerCase();
  const cuts = (message.entities ?? [])
    .filter(
      (e) =>
        (e.type === "mention" && text.slice(e.offset, e.offset + e.length).toLowerCase() === handle) ||
        (e.type === "text_mention" && e.user.id === me.id),
    )
    .sort((a, b) => b.offset - a.offset);
  let rest = text;
  for (const e of cuts) rest = rest.slice(0, e.offset) + " " + rest.slice(e.offset + e.length);
  return { text: rest.replace(/\s+/g, " ").trim(), mentioned: cuts.length > 0 };
}

/**
 * Whether the message answers one of the bot's own messages.
 * @example isReplyToMe({ reply_to_message: { from: { id: 7 } } }, { id: 7 }) // true
 */
export function isReplyToMe(message: Pick<Message, "reply_to_message">, me: Me): boolean {
  return message.reply_to_message?.from?.id === me.id;
}

/**
 * The question a text message puts to the bot, or undefined when it does not address the bot:
 * every text in a private chat; in groups only a message that mentions the bot or replies to it.
 * The mention is taken out ("@AttacheNewsBot who met?" → "who met?"); "" when nothing is left.
 * @example questionOf({ chat: { type: "private" }, text: "Who met?" }, me) // "Who met?"
 */
export function questionOf(message: Pick<Message, "chat" | "text" | "entities" | "reply_to_message">, me: Me): string | undefined {
  if (message.text === undefined) return undefined;
  const { text, mentioned } = withoutMentions(message, me);
  if (message.chat.type === "private") return text;
  if (message.chat.type !== "group" && message.chat.type !== "supergroup") return undefined;
  return mentioned || isReplyToMe(message, me) ? text : undefined;
}
