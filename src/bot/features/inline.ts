/** @module Inline mode: "@AttacheNewsBot who met?" in any chat offers the answer as one result. */
import { Composer, InlineQueryResultBuilder } from "grammy";
import { renderPlain } from "../../qa/index";
import type { BotContext } from "../context";
import type { Engine } from "../engine";
import { formatAnswer } from "../reply";
import { MAX_QUESTION_LENGTH } from "./ask";

const short = (text: string, max: number): string => {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : chars.join("");
};

/**
 * Inline queries: the answer to the query as one article result; nothing for an empty query.
 * @example bot.use(inlineFeature(engine))
 */
export function inlineFeature(engine: Engine): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on("inline_query", async (ctx) => {
    const query = ctx.inlineQuery.query.trim();
    if (query === "" || [...query].length > MAX_QUESTION_LENGTH) {
      await ctx.answerInlineQuery([], { cache_time: 300 });
      return;
    }
    const answer = await engine.answer(query);
    const title = answer.found ? short(query, 60) : "The articles do not say";
    const result = InlineQueryResultBuilder.article("answer", title, { description: short(renderPlain(answer.body), 120) }).text(
      formatAnswer(answer),
      { parse_mode: "HTML", link_preview_options: { is_disabled: true } },
    );
    await ctx.answerInlineQuery([result], { cache_time: 300 });
  });
  return feature;
}
