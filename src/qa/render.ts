/** @module Renders an answer's blocks as plain text or as Telegram HTML. */
import type { Block, Inline } from "./types";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Escapes text for Telegram's HTML parse mode (and for any HTML page).
 * @example escapeHtml("<b>") // "&lt;b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c] ?? c);
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

function renderBlocks(blocks: Block[], inline: (part: Inline) => string, quote: (s: string) => string): string {
  return blocks
    .map((block) => {
      const line = (parts: Inline[]) => parts.map(inline).join("");
      if (block.kind === "list") return block.items.map((item) => `• ${line(item)}`).join("\n");
      if (block.kind === "quote") return quote(line(block.content));
      return line(block.content);
    })
    .join("\n\n");
}

/**
 * Plain text, as the CLI prints it.
 * @example renderPlain([{ kind: "para", content: [{ bold: "Li" }, " met …"] }]) // "Li met …"
 */
export function renderPlain(blocks: Block[]): string {
  return renderBlocks(blocks, inlinePlain, (s) => `“${s}”`);
}

/**
 * Telegram HTML (parse_mode "HTML"); everything from the user or the articles is escaped.
 * @example renderHtml([{ kind: "para", content: [{ bold: "A<B" }] }]) // "<b>A&lt;B</b>"
 */
export function renderHtml(blocks: Block[]): string {
  return renderBlocks(blocks, inlineHtml, (s) => `<blockquote>${s}</blockquote>`);
}
