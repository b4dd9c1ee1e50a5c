/**
 * @module Cleaning: a raw article file → header facts (title, publication date, publisher, URL,
 * author, credits) and the paragraphs of the article proper, with embedded posts kept apart.
 */
import type { EmbeddedPost } from "../facts/types";
import { parseDate } from "./dates";

/** A paragraph of the article, or the text of an embedded post. */
export interface Block {
  text: string;
  /** Index into `quotes` when the block is an embedded post. */
  quote?: number;
}

/** An article file after cleaning, before the dateline is read. */
export interface CleanArticle {
  title?: string;
  published?: string;
  publisher?: string;
  credits: string[];
  url?: string;
  author?: string;
  blocks: Block[];
  quotes: EmbeddedPost[];
}

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*/;
const HUMAN_STAMP = /^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}(?:\s+\d{1,2}:\d{2})?(?:\s*\((?:UTC|GMT)[^)]*\))?[ \t]*/;
const IMAGE = /^\s*(?:\*?\s*image not found[^\n]*|!\[[^\]]*\]\([^)]*\)|\[(?:image|photo|video)[^\]]*\]|(?:photo|image|picture)\s*:.*)\s*$/i;
const RULE = /^\s*(?:[-*_=]\s*){3,}$/;
const SHARE = /^\s*(?:share(?: this(?: article| story)?)?|tweet|print|e-?mail|facebook|twitter|whatsapp|telegram|linkedin|copy link)(?:\s*[|·•,/]?\s*(?:share|tweet|print|e-?mail|facebook|twitter|whatsapp|telegram|linkedin|copy link))*\s*:?\s*$/i;
const URL_LINE = /^\s*<?(https?:\/\/[^\s>]+)>?\s*$/;
const TAIL_LIST = /^\s*(?:you might also like|you may also like|latest news|related(?: news| articles| stories| posts)?|read more|read also|also read|more news|more from [\p{L} ]+|recommended|most read|most popular|trending|see also|tags)\s*:?\s*$/iu;
const JUNK = /^\s*(?:©|\(c\)\s|copyright\b|all rights reserved|follow us\b|subscribe\b|advertisement\s*$|sponsored\s*$|click here\b)/i;
const SOURCE = /\s*\((?:source|sources|via)\s*:\s*([^)]+)\)\s*/i;
const INITIALS = /^\s*(?:\p{Lu}\.){1,4}\s*$/u;
const BOLD_LINE = /^\s*\*\*([^*]+)\*\*\s*$/;
const POST_SIGNATURE = /\s*[—–-]{1,2}\s*([^()—–]+?)\s*\((@\w+)\)\s+([A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})\s*$/;
const PIC_LINK = /\s*(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/\w+/g;

const strip = (s: string): string =>
  s
    .replace(/^#+\s*/, "")
    .replace(/\*+/g, "")
    .replace(/[ \t]+/g, " ")
    .trim();

/**
 * Cleans one article file: reads the ` date YYYY-MM-DD` header, title, byline, URL, source credits and
 * a closing publisher line; drops image placeholders, rules, share lines and trailing headline lists;
 * keeps embedded posts ("… — Name (@handle) Month D, YYYY") as quotes.
 * @example cleanArticle(" date 2025-03-04 PARIS — The ministers met.").published // "2025-03-04"
 */
export function cleanArticle(raw: string): CleanArticle {
  let text = raw.replace(/\r\n?/g, "\n").replace(/[\u00a0\u2007\u202f]/g, " ").replace(/^\uFEFF/, "");
  const out: CleanArticle = { credits: [], blocks: [], quotes: [] };
  const header = HEADER.exec(text);
  if (header) {
    out.published = header[1];
    text = text.slice(header[0].length).replace(HUMAN_STAMP, "");
  }
  let lines = text.split("\n");
  const tail = lines.findIndex((l) => TAIL_LIST.test(l));
  if (tail >= 0) lines = lines.slice(0, tail);
  const kept: string[] = [];
  for (const line of lines) {
    if (IMAGE.test(line) || RULE.test(line) || SHARE.test(line) || JUNK.test(line)) {
      kept.push("");
      continue;
    }
    const url = URL_LINE.exec(line);
    if (url) {
      out.url ??= url[1];
      kept.push("");
      continue;
    }
    kept.push(line);
  }
  const paragraphs = splitParagraphs(kept);
  readHeadAndTail(paragraphs, out);
  for (const p of paragraphs) {
    let body = p.text;
    const source = SOURCE.exec(body);
    if (source) {
      out.credits.push(strip(source[1] ?? ""));
      body = body.replace(SOURCE, " ").trim();
    }
    for (const m of body.matchAll(/\b[Aa]ccording to ((?:\p{Lu}[\p{L}.&'-]*\s?){1,3}),/gu)) out.credits.push((m[1] ?? "").trim());
    const post = POST_SIGNATURE.exec(body);
    if (post) {
      const quote: EmbeddedPost = { text: body.slice(0, post.index).replace(PIC_LINK, "").trim(), author: (post[1] ?? "").trim(), handle: post[2] };
      const date = parseDate(post[3] ?? "");
      if (date) quote.date = date;
      out.quotes.push(quote);
      out.blocks.push({ text: quote.text, quote: out.quotes.length - 1 });
      continue;
    }
    if (body !== "") out.blocks.push({ text: body });
  }
  dropRepeatedLead(out);
  out.credits = [...new Set(out.credits)];
  return out;
}

interface Paragraph {
  text: string;
  bold: boolean;
  lines: string[];
}

function splitParagraphs(lines: string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const joined = current.join(" ");
    out.push({ text: strip(joined), bold: current.every((l) => BOLD_LINE.test(l)), lines: current });
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === "") flush();
    else current.push(line.trim());
  }
  flush();
  return out.filter((p) => p.text !== "");
}

/**
 * A first line that is a headline, not the first line of a wrapped paragraph: no closing punctuation,
 * 4–20 words, and either most words capitalised or a dateline ("PARIS, …", "Tokyo (Kyodo):") next.
 */
function looksLikeHeadline(line: string, next: string): boolean {
  const words = line.split(" ");
  if (/[.!?:,;"”]$/.test(line) || words.length < 4 || words.length > 20) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
  return capitalised >= 0.5 || /^\p{Lu}[\p{Lu} .'-]{2,}(?:,|\s*\(|\s+[—–-])|^\p{Lu}[\p{L} .'-]+\s*\([^)]+\)\s*[:—–-]/u.test(next.trim());
}

/** A wire byline naming its agency: "By LUCIA MORENO Associated Press", "By Jane Doe, AFP". */
const WIRE_BYLINE = /^By\s+(\p{Lu}[\p{L}'-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}'-]+){1,5}?)(?:,\s*|\s+)((?:The\s+)?(?:Associated Press|Agence France-Presse|AFP|Reuters|(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:News Agency|News Service|Press Agency|Press)))$/u;
/** A wire's closing staff credits: "(Reporting by A in Rabat; Editing by B)". */
const STAFF_CREDITS = /^\(((?:(?:additional )?reporting|writing|editing|compiled)\b[^)]*)\)$/i;

/** Title and byline at the head; publisher line and author initials at the tail. */
function readHeadAndTail(paragraphs: Paragraph[], out: CleanArticle): void {
  // A title line with the body right under it, no blank line between.
  const head = paragraphs[0];
  const [line, ...rest] = head?.lines ?? [];
  if (head && line && rest.length > 0 && looksLikeHeadline(strip(line), rest[0] ?? "")) {
    paragraphs.splice(0, 1, { text: strip(line), bold: false, lines: [line] }, { text: strip(rest.join(" ")), bold: false, lines: rest });
  }
  const first = paragraphs[0];
  const isTitle = (p: Paragraph): boolean => !/[.!?:"”]$/.test(p.text) && p.text.split(" ").length >= 4 && paragraphs.length > 1;
  const isByline = (p: Paragraph): boolean => /^(?:By\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2}$/u.test(p.text);
  if (first && isTitle(first)) {
    out.title = first.text;
    paragraphs.shift();
  }
  const second = paragraphs[0];
  const wire = second && paragraphs.length > 1 ? WIRE_BYLINE.exec(second.text) : null;
  if (wire) {
    // "By LUCIA MORENO Associated Press", "By Jane Doe and John Roe, AFP"
    out.author = wire[1]!.trim();
    out.publisher ??= wire[2]!.replace(/^The\s+/, "");
    paragraphs.shift();
  } else if (second && paragraphs.length > 1 && isByline(second)) {
    out.author = second.text.replace(/^By\s+/, "");
    paragraphs.shift();
  }
  for (;;) {
    const last = paragraphs[paragraphs.length - 1];
    if (!last || paragraphs.length < 2) break;
    const staff = STAFF_CREDITS.exec(last.text);
    if (staff) out.credits.push(...staff[1]!.split(/;|,|\band\b/).map((c) => c.replace(/^\s*(?:(?:additional )?reporting|writing|editing|compiled|graphics)(?: by)?\s*/i, "").replace(/\s+in\s+\p{Lu}[\p{L}-]*$/u, "").trim()).filter(Boolean));
    else if (last.bold && last.text.split(" ").length <= 6) out.publisher ??= last.text;
    else if (INITIALS.test(last.text)) out.author ??= last.text;
    else break;
    paragraphs.pop();
  }
}

/** A bold standfirst repeated by the body is dropped; otherwise it stays as a paragraph. */
function dropRepeatedLead(out: CleanArticle): void {
  const [first, ...rest] = out.blocks;
  if (!first || first.quote !== undefined) return;
  const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const lead = words(first.text);
  const repeated = (b: Block): boolean => {
    const body = new Set(words(b.text));
    return lead.filter((w) => body.has(w)).length >= 0.8 * lead.length;
  };
  if (lead.length > 0 && rest.some(repeated)) out.blocks.shift();
}
