/**
 * @module The webhook's quick answer to its commonest update, a plain text question in a private
 * chat: the same reply grammY's bot gives it (the same answer, session and question limit, the
 * same webhook reply JSON), written without building grammY's Api and Context. Every other update
 * (commands, entities, replies, groups, edits, buttons, inline queries, other kinds) goes to grammY.
 */
import type { Update, User } from "grammy/types";
import { MAX_QUESTION_LENGTH } from "../bot/features/ask";
import { answerInChat, chatSessionKey, openSession, questionOf, type Engine, type SessionStorage } from "../bot/index";

/** A question the quick answer takes: its private chat and its text, as grammY's handler reads it. */
export interface PlainQuestion {
  chatId: number;
  question: string;
}

/**
 * The question of an update the quick answer can take, or undefined for any other update: a
 * `message` in a private chat from a person (not a bot, not an automatic forward), with a text and
 * no entities (so no command and no mention), not a reply, outside topics and business
 * connections, and whose question is neither empty nor too long (those get grammY's notices).
 * @example plainQuestion({ update_id: 1, message: { message_id: 2, date: 0, chat: { id: 3, type: "private" }, from, text: "Who met?" } }, me) // { chatId: 3, question: "Who met?" }
 */
export function plainQuestion(update: Update, me: Pick<User, "id" | "username">): PlainQuestion | undefined {
  const message = update.message;
  if (message === undefined || message.chat.type !== "private" || typeof message.text !== "string") return undefined;
  if (message.entities !== undefined || message.reply_to_message !== undefined || message.is_automatic_forward) return undefined;
  if (message.from === undefined || message.from.is_bot) return undefined;
  if (message.is_topic_message || message.message_thread_id !== undefined || message.direct_messages_topic !== undefined || message.business_connection_id !== undefined)
    return undefined;
  const question = questionOf(message, me);
  if (question === undefined || question === "" || [...question].length > MAX_QUESTION_LENGTH) return undefined;
  return { chatId: message.chat.id, question };
}

/** The webhook response of a reply body (what grammY's adapter sends), or an empty 200. */
function webhookResponse(json: string | undefined): Response {
  return json === undefined ? new Response(null, { status: 200 }) : new Response(json, { headers: { "content-type": "application/json; charset=utf-8" } });
}

/**
 * Answers a plain question as grammY's bot would: the chat's session read only when the question
 * leans on it and saved only with a new focus, then the `sendMessage` webhook reply with the same
 * fields in the same order. Past `timeoutMs` the request is answered 200 without it (and
 * `onTimeout` told), as grammY's webhook does; a failure rejects (the route answers 200 and logs).
 * @example return quickAnswer(engine, { chatId: 3, question: "Who met whom?" }, sessions, 9000, log)
 */
export async function quickAnswer(
  engine: Engine,
  { chatId, question }: PlainQuestion,
  sessions: SessionStorage,
  timeoutMs: number,
  onTimeout: () => void,
): Promise<Response> {
  let reply: string | undefined;
  const work = (async () => {
    const session = openSession(() => sessions, chatSessionKey(chatId));
    const { text, reply_markup } = await answerInChat(engine, question, session);
    // grammY's ctx.reply: chat_id, text, then the options, then the method
    reply = JSON.stringify({ chat_id: chatId, text, parse_mode: "HTML", link_preview_options: { is_disabled: true }, reply_markup, method: "sendMessage" });
    await session.save();
  })();
  // an answer that waits on nothing (the bundled index, no session read) is done within the
  // microtask queue: no timer is armed for it; one that waits on storage races the timer
  if (await settlesWithin(work, QUICK_TURNS)) {
    await work;
    return webhookResponse(reply);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      onTimeout();
      resolve();
    }, timeoutMs);
  });
  try {
    await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
  return webhookResponse(reply);
}

/** Microtask turns an answer that waits on no I/O settles within (it takes a few dozen; a storage read waits on I/O, which no microtask turn runs). */
const QUICK_TURNS = 200;

/** Whether `work` settles (either way) within `turns` turns of the microtask queue. */
async function settlesWithin(work: Promise<unknown>, turns: number): Promise<boolean> {
  let settled = false;
  const done = (): void => void (settled = true);
  work.then(done, done);
  for (let turn = 0; turn < turns && !settled; turn++) await undefined;
  return settled;
}
