/**
 * @module `npm run poll`: the same bot by long polling, from a laptop, with a real BOT_TOKEN.
 * Starting it removes the bot's webhook (Telegram allows one or the other); run set-webhook again after.
 * It says whom it is waiting for, and gives up when the Bot API does not answer in time.
 */
import { createBot } from "../bot/index";
import { ALLOWED_UPDATES } from "../bot/settings";
import { readConfig } from "../config";
import { LIMITS, memoryLimiter } from "../http/limits";
import { memorySessions } from "../http/session-storage";
import { loadEngine } from "./load-engine";

/** How long to wait for the Bot API's first answer (getMe) before giving up. Default: 15 s. */
const CONNECT_TIMEOUT_MS = Number(process.env.POLL_CONNECT_TIMEOUT_MS) || 15_000;

/** `work`, or a rejection with `message` once `ms` have passed. */
function within<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

async function main(): Promise<void> {
  if (!process.env.BOT_TOKEN?.trim()) throw new Error("BOT_TOKEN is not set: BOT_TOKEN=123456:ABC… npm run poll");
  const engine = loadEngine();
  const config = readConfig(process.env);
  // one process: a memory limit holds here; sessions in a bounded memory, expiring like stored ones
  const chat = memoryLimiter(LIMITS.chat);
  const sessions = memorySessions();
  const bot = createBot(config, engine, () => ({ sessions, allowQuestion: (asker) => chat.take(asker) }));
  const apiRoot = config.apiRoot ?? "https://api.telegram.org";
  const seconds = Math.round(CONNECT_TIMEOUT_MS / 1000);
  console.log(`poll: asking the Bot API at ${apiRoot} who the bot is (getMe); giving up after ${seconds} s…`);
  const aborted = new AbortController();
  bot.botInfo = await within(
    bot.api.getMe(aborted.signal as never),
    CONNECT_TIMEOUT_MS,
    `no answer from ${apiRoot} within ${seconds} s: check the network (and a proxy), or TELEGRAM_API_ROOT`,
  ).finally(() => aborted.abort());
  process.once("SIGINT", () => void bot.stop());
  process.once("SIGTERM", () => void bot.stop());
  await bot.start({
    allowed_updates: [...ALLOWED_UPDATES],
    onStart: (me) => console.log(`poll: @${me.username} is answering (${engine.articles} articles); Ctrl-C stops`),
  });
}

main().catch((error: unknown) => {
  console.error(`poll: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
