/** @module An Answer as one Telegram HTML message (never over Telegram's limit) and its buttons. */
import type { InlineKeyboardMarkup } from "grammy/types";
import { escapeHtml, MORE_QUESTION, renderHtml, renderPlain, type Answer, type Block, type Source } from "../qa/index";

/** Telegram's limit on a message's text, in UTF-16 code units. */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** Telegram's limit on callback_data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;
/** Prefix of the callback_data of a button that asks a question. */
export const ASK_PREFIX = "ask:";

const SHORTENED = "\n\n<i>… (shortened: ask a narrower question for the rest)</i>";
const MAX_SOURCES = 5;

/**
 * The line that cites an answer's articles (at most five, then how many more), or "" when it has none.
 * @example sourceLine([{ article: "a", title: "Talks" }]) // "<i>Source:</i> Talks"
 */
export function sourceLine(sources: Source[]): string {
  if (sources.length === 0) return "";
  const shown = renderHtml([{ kind: "sources", sources: sources.slice(0, MAX_SOURCES) }]);
  const more = sources.length > MAX_SOURCES ? `; and ${sources.length - MAX_SOURCES} more` : "";
  return `${shown}${more}`;
}

/** A piece of an answer: its HTML, its separator, and its plain text (rendered only to cut it). */
interface Piece {
  html: string;
  plain: () => string;
  sep: string;
}

/** The blocks as HTML pieces small enough to cut between: a paragraph, a quote, or one list item. */
function pieces(blocks: Block[]): Piece[] {
  const piece = (one: Block, sep: string): Piece => ({ html: renderHtml([one]), plain: () => renderPlain([one]), sep });
  return blocks.flatMap((block, b) => {
    const sep = b === 0 ? "" : "\n\n";
    if (block.kind !== "list") return [piece(block, sep)];
    return block.items.map((item, i) => piece({ kind: "list", items: [item] }, i === 0 ? sep : "\n"));
  });
}

/** Escaped plain text cut to at most `budget` characters once escaped, on a code-point boundary. */
function cutPlain(plain: string, budget: number): string {
  let out = "";
  for (const char of plain) {
    const next = escapeHtml(char);
    if (out.length + next.length > budget) break;
    out += next;
  }
  return out;
}

/**
 * Fits HTML pieces and a footer into `limit` characters, cutting between pieces (or inside the
 * first when it alone is too long) and saying that it was shortened.
 */
function fit(parts: Piece[], footer: string, limit: number): string {
  const tail = footer ? `\n\n${footer}` : "";
  const whole = parts.map((p) => p.sep + p.html).join("") + tail;
  if (whole.length <= limit) return whole;
  const budget = limit - tail.length - SHORTENED.length;
  let body = "";
  for (const part of parts) {
    if (body.length + part.sep.length + part.html.length > budget) {
      if (body === "") body = cutPlain(part.plain(), budget);
      break;
    }
    body += part.sep + part.html;
  }
  return body + SHORTENED + tail;
}

/** Longest source footer kept whole; a longer one becomes the compact sourceLine. */
const MAX_FOOTER = 1500;

/**
 * The body without its sources blocks, and the footer that cites the sources: the sources block as
 * the QA core gave it (or the answer's sources when the body has none), kept whole when a long
 * answer is shortened.
 */
function splitSources(answer: Answer): { blocks: Block[]; footer: string } {
  const blocks = answer.body.filter((b) => b.kind !== "sources");
  const cited = answer.body.flatMap((b) => (b.kind === "sources" ? b.sources : []));
  const sources = cited.length ? cited : answer.sources;
  const footer = renderHtml([{ kind: "sources", sources }]);
  return { blocks, footer: footer.length <= MAX_FOOTER ? footer : sourceLine(sources) };
}

/**
 * The answer as Telegram HTML (parse_mode "HTML"): its body, then the articles it cites; never
 * longer than Telegram's 4096-character limit. Everything from the user or the articles is escaped.
 * @example formatAnswer(answer) // "<b>Li</b> met …\n\n<i>Source:</i> …"
 */
export function formatAnswer(answer: Answer, limit = TELEGRAM_TEXT_LIMIT): string {
  const { blocks, footer } = splitSources(answer);
  const text = fit(pieces(blocks), footer, limit);
  return text.trim() === "" ? escapeHtml(answer.text).slice(0, limit) || "…" : text;
}

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/**
 * callback_data for a button asking `question`: the index among the examples when it is one,
 * else the question itself when it fits in 64 bytes, else undefined.
 * @example askData("Who met whom?", ["Who met whom?"]) // "ask:0"
 */
export function askData(question: string, examples: string[]): string | undefined {
  const index = examples.indexOf(question);
  if (index >= 0) return `${ASK_PREFIX}${index}`;
  const data = `${ASK_PREFIX}${question}`;
  return byteLength(data) <= CALLBACK_DATA_LIMIT ? data : undefined;
}

/**
 * The question a button's callback_data asks ("ask:3" is the fourth example), or undefined.
 * @example questionOfData("ask:0", ["Who met whom?"]) // "Who met whom?"
 */
export function questionOfData(data: string | undefined, examples: string[]): string | undefined {
  if (!data?.startsWith(ASK_PREFIX)) return undefined;
  const rest = data.slice(ASK_PREFIX.length);
  if (/^\d{1,3}$/.test(rest)) return examples[Number(rest)];
  return rest.trim() === "" ? undefined : rest;
}

/**
 * An inline keyboard with one button a row for each question (at most `max`), or undefined.
 * @example questionKeyboard(["Who met whom?"], ["Who met whom?"]) // { inline_keyboard: [[{ text: "Who met whom?", callback_data: "ask:0" }]] }
 */
export function questionKeyboard(questions: string[], examples: string[], max = 6): InlineKeyboardMarkup | undefined {
  const rows = questions
    .map((text) => ({ text: [...text].length > 60 ? `${[...text].slice(0, 59).join("")}…` : text, callback_data: askData(text, examples) }))
    .filter((b): b is { text: string; callback_data: string } => b.callback_data !== undefined)
    .slice(0, max)
    .map((button) => [button]);
  return rows.length > 0 ? { inline_keyboard: rows } : undefined;
}

/**
 * The "more" button under a long list (it asks {@link MORE_QUESTION}), or undefined when nothing is left.
 * @example moreKeyboard(14) // { inline_keyboard: [[{ text: "Show 14 more", callback_data: "ask:more" }]] }
 */
export function moreKeyboard(more: number | undefined): InlineKeyboardMarkup | undefined {
  if (!more || more <= 0) return undefined;
  return { inline_keyboard: [[{ text: `Show ${more} more`, callback_data: `${ASK_PREFIX}${MORE_QUESTION}` }]] };
}
