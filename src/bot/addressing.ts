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

/**
 * Telegram's service accounts that post on behalf of a chat, with the chat in `sender_chat`:
 * GroupAnonymousBot (an anonymous group admin) and Channel_Bot (a user posting as a channel).
 */
const SPEAKS_FOR_A_CHAT = new Set([1087968824, 136817688]);

/**
 * Whether the bot listens to whoever sent a message: people; anonymous group admins and people
 * posting as a channel (their messages come "from" one of Telegram's service bots, with
 * `sender_chat`); but not other bots, and not a channel's posts that Telegram forwards by itself
 * into the channel's discussion group (`is_automatic_forward`), even when they mention the bot.
 * @example listensTo({ from: { id: 1087968824, is_bot: true }, sender_chat: group }) // true
 */
export function listensTo(message: Pick<Message, "from" | "sender_chat" | "is_automatic_forward">): boolean {
  if (message.is_automatic_forward) return false;
  if (message.from === undefined) return true;
  return !message.from.is_bot || (message.sender_chat !== undefined && SPEAKS_FOR_A_CHAT.has(message.from.id));
}

/**
 * Whether a group message is a command meant for this bot: "/ask", or "/ask@ThisBot" (not
 * "/ask@OtherBot").
 * @example isCommandToMe({ text: "/ask@AttacheNewsBot who?", entities: [{ type: "bot_command", offset: 0, length: 19 }] }, me) // true
 */
export function isCommandToMe(message: Pick<Message, "text" | "entities">, me: Me): boolean {
  const first = message.entities?.[0];
  if (first?.type !== "bot_command" || first.offset !== 0 || message.text === undefined) return false;
  const [, target] = message.text.slice(0, first.length).split("@");
  return target === undefined || target.toLowerCase() === (me.username ?? "").toLowerCase();
}
