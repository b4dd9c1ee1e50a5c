/**
 * @module Whether a parsed JSON body has the shape of a Telegram update: the Bot API's types for the
 * kinds and fields the bot reads, so that a handler never meets a `null` sender or a numeric text.
 */
import type { Update } from "grammy/types";

/** A test of one value. */
type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const integer: Check = (v) => typeof v === "number" && Number.isSafeInteger(v);
const natural: Check = (v) => integer(v) && (v as number) >= 0;
const string: Check = (v) => typeof v === "string";
const boolean: Check = (v) => typeof v === "boolean";
const listOf =
  (item: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(item);

/**
 * An object whose listed fields, where present, pass their checks, and whose `required` ones are
 * present; other fields (the Bot API adds some every year) are not looked at.
 */
const shape =
  (fields: Record<string, Check>, required: readonly string[]): Check =>
  (v) =>
    isObject(v) && required.every((key) => v[key] !== undefined) && Object.entries(fields).every(([key, check]) => v[key] === undefined || check(v[key]));

const user = shape({ id: integer, is_bot: boolean, first_name: string, username: string }, ["id", "is_bot", "first_name"]);
const chat = shape({ id: integer, type: string, title: string, username: string, first_name: string }, ["id", "type"]);
const entity = shape({ type: string, offset: natural, length: natural, user, url: string }, ["type", "offset", "length"]);
const messageFields = {
  message_id: integer,
  message_thread_id: integer,
  date: natural,
  chat,
  from: user,
  sender_chat: chat,
  text: string,
  caption: string,
  entities: listOf(entity),
  caption_entities: listOf(entity),
  is_automatic_forward: boolean,
  is_topic_message: boolean,
};
/** Entities mark up a text (or a caption): the Bot API never sends them alone, and grammY's command filter reads the text they point into. */
const entitiesHaveText: Check = (v) => isObject(v) && (v.entities === undefined || v.text !== undefined) && (v.caption_entities === undefined || v.caption !== undefined);
const both =
  (a: Check, b: Check): Check =>
  (v) =>
    a(v) && b(v);
/** A replied-to message, or a button's message (which may be inaccessible: only chat, id and date 0). */
const innerMessage = both(shape(messageFields, ["message_id", "date", "chat"]), entitiesHaveText);
const message = both(shape({ ...messageFields, reply_to_message: innerMessage }, ["message_id", "date", "chat"]), entitiesHaveText);
const member = shape({ status: string, user }, ["status", "user"]);

/** The update kinds the bot reads (settings.ts ALLOWED_UPDATES and the channel posts it ignores), by field. */
const KINDS: Record<string, Check> = {
  message,
  edited_message: message,
  channel_post: message,
  edited_channel_post: message,
  callback_query: shape({ id: string, from: user, message: innerMessage, inline_message_id: string, chat_instance: string, data: string }, [
    "id",
    "from",
    "chat_instance",
  ]),
  inline_query: shape({ id: string, from: user, query: string, offset: string }, ["id", "from", "query", "offset"]),
  my_chat_member: shape({ chat, from: user, date: natural, old_chat_member: member, new_chat_member: member }, [
    "chat",
    "from",
    "date",
    "old_chat_member",
    "new_chat_member",
  ]),
};

/**
 * An update is an object with a non-negative integer `update_id` and exactly one more field (the
 * Bot API sends one kind per update): an object, shaped as the Bot API documents it for the kinds
 * the bot reads (message, callback_query, inline_query, …); any object for a kind this code does
 * not know yet.
 * @example isUpdate({ update_id: 1, message: { message_id: 2, date: 0, chat: { id: 3, type: "private" } } }) // true
 */
export function isUpdate(value: unknown): value is Update {
  if (!isObject(value)) return false;
  const { update_id, ...payload } = value;
  if (!natural(update_id)) return false;
  const kinds = Object.entries(payload);
  if (kinds.length !== 1) return false;
  const [kind, part] = kinds[0]!;
  // (an own key only: an update whose kind is "constructor" is no check of Object.prototype's)
  return isObject(part) && (Object.hasOwn(KINDS, kind) ? KINDS[kind]!(part) : true);
}
