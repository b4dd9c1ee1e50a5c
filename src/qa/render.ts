/** @module Renders an answer's blocks as plain text or as Telegram HTML. */
import { formatIsoDate } from "./dates";
import type { Block, Inline, Source } from "./types";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
/** A character {@link escapeHtml} replaces (most text has none: it is returned as it is). */
const ESCAPED = /[&<>"]/;

/**
 * Escapes text for Telegram's HTML parse mode (and for any HTML page).
 * @example escapeHtml("<b>") // "&lt;b&gt;"
 */
export function escapeHtml(text: string): string {
  return ESCAPED.test(text) ? text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] ?? c) : text;
}

function inlinePlain(part: Inline): string {
  if (typeof part === "string") return part;
  if ("bold" in part) return part.bold;
  if ("italic" in part) return part.italic;
  return part.link;
}

function inlineHtml(part: Inline): string {
  if (typeof part === "string") return escapeHtml(part);
  if ("bold" in part) return `<b>${escapeHtml(part.bold)}</b>`;
  if ("italic" in part) return `<i>${escapeHtml(part.italic)}</i>`;
  return `<a href="${escapeHtml(part.href)}">${escapeHtml(part.link)}</a>`;
}

/**
 * What a source line says of an article after its title: publisher and publication date.
 * @example sourceAbout({ article: "a1", title: "T", publisher: "Daily News", published: "2021-06-14" }) // "Daily News, 14 June 2021"
 */
export function sourceAbout(source: Source): string {
  return [source.publisher, source.published ? formatIsoDate(source.published) : undefined].filter(Boolean).join(", ");
}

/** A sources block as one line: "Source: Title (Publisher, 1 March 2023)", in the given markup. */
function sourcesLine(sources: Source[], label: (s: string) => string, title: (s: Source) => string, text: (s: string) => string): string {
  if (sources.length === 0) return "";
  const cited = sources.map((s) => {
    const about = sourceAbout(s);
    return title(s) + (about ? text(` (${about})`) : "");
  });
  return `${label(sources.length === 1 ? "Source:" : "Sources:")} ${cited.join(text("; "))}`;
}

function renderBlocks(blocks: Block[], inline: (part: Inline) => string, quote: (s: string) => string, sources: (list: Source[]) => string): string {
  return blocks
    .map((block) => {
      const line = (parts: Inline[]) => parts.map(inline).join("");
      if (block.kind === "list") return block.items.map((item) => `• ${line(item)}`).join("\n");
      if (block.kind === "quote") return quote(line(block.content));
      if (block.kind === "sources") return sources(block.sources);
      return line(block.content);
    })
    .filter((text) => text !== "")
    .join("\n\n");
}

const sourcesPlain = (list: Source[]) => sourcesLine(list, (s) => s, (s) => s.title || s.article, (s) => s);

const sourceTitleHtml = (s: Source) => {
  const title = escapeHtml(s.title || s.article);
  return s.url && /^https?:\/\//i.test(s.url) ? `<a href="${escapeHtml(s.url)}">${title}</a>` : title;
};

const sourcesHtml = (list: Source[]) => sourcesLine(list, (s) => `<i>${s}</i>`, sourceTitleHtml, escapeHtml);

/**
 * Plain text, as the CLI prints it; a sources block reads "Source: Title (Publisher, 1 March 2023)".
 * @example renderPlain([{ kind: "para", content: [{ bold: "Li" }, " met …"] }]) // "Li met …"
 */
export function renderPlain(blocks: Block[]): string {
  return renderBlocks(blocks, inlinePlain, (s) => `“${s}”`, sourcesPlain);
}

/**
 * Telegram HTML (parse_mode "HTML"); everything from the user or the articles is escaped. A sources
 * block has an italic label and each title linked to its article when it has an address.
 * @example renderHtml([{ kind: "sources", sources: [{ article: "a", title: "T", url: "https://x.test/a" }] }]) // '<i>Source:</i> <a href="https://x.test/a">T</a>'
 */
export function renderHtml(blocks: Block[]): string {
  return renderBlocks(blocks, inlineHtml, (s) => `<blockquote>${s}</blockquote>`, sourcesHtml);
}
