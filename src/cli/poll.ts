/**
 * @module `npm run poll`: the same bot by long polling, from a laptop, with a real BOT_TOKEN.
 * Starting it removes the bot's webhook (Telegram allows one or the other); run set-webhook again after.
 */
import { createBot } from "../bot/index";
import { ALLOWED_UPDATES } from "../bot/settings";
import { readConfig } from "../config";
import { loadEngine } from "./load-engine";

async function main(): Promise<void> {
  if (!process.env.BOT_TOKEN?.trim()) throw new Error("BOT_TOKEN is not set: BOT_TOKEN=123456:ABC… npm run poll");
  const engine = loadEngine();
  const bot = createBot(readConfig(process.env), engine);
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
