/**
 * @module How a key person the index misses is written, and how the sentence that names a person with
 * their country ties the two, so that `npm run eval:misses` can split its causes further (counts only):
 * an office with no name, a name only in the byline or credits, a single name, a name in a list, a
 * hyphenated or particle name, after a title or an honorific; what the reader made of it (no mention,
 * a mention cut short, a mention with no evidence); a country as a possessive over a list, in
 * apposition, "of", in brackets, a "side", pairs of countries and names in order.
 */
import { cleanArticle } from "../extract/clean";
import { findMentions } from "../extract/mentions";
import { segment, type Sent, type Word } from "../extract/segment";
import { findCountries } from "../nlp/countries";
import { fold } from "../nlp/fold";
import { officeWordKind } from "../nlp/offices";
import { isHonorific } from "../extract/word-kinds";

/** The words of a key name, folded, with particles. */
const nameTokens = (name: string): string[] => fold(name).split(/[\s]+/).filter(Boolean);

/** Particles and hyphens that join a name's words ("al-Varan", "bin Telu", "van der Orvane", "Kestas-Halvik"). */
const PARTICLE = /^(?:al|el|bin|ibn|bint|van|von|der|de|da|das|do|dos|di|del|la|le|du|ter|ben|abu)$/;

/** An article read as the extractor reads it: its sentences, body first, with their mentions. */
export interface ReadArticle {
  sents: Sent[];
  /** The folded text of the article's body (what the extractor reads as sentences). */
  body: string;
}

/**
 * Reads an article file the way the build does, for the counts below.
 * @example readArticle(text).sents.length // 12
 */
export function readArticle(text: string): ReadArticle {
  const clean = cleanArticle(text);
  const blocks = clean.blocks.filter((b) => b.quote === undefined);
  return { sents: segment([...(clean.title ? [{ text: clean.title, title: true }] : []), ...blocks]), body: fold(blocks.map((b) => b.text).join("\n")) };
}

/** Where in a sentence the last word of a name is (the index of the word), if it is there. */
function lastWordAt(sent: Sent, name: string): number | undefined {
  const last = nameTokens(name).at(-1);
  if (!last) return undefined;
  const k = sent.words.findIndex((w) => w.lower === last || w.lower.split("-").includes(last) || w.lower.endsWith(`-${last}`));
  return k >= 0 ? k : undefined;
}

/** The first word of the name as written ending at `at`: back over the words of the key name. */
function firstWordAt(words: Word[], at: number, name: string): number {
  const parts = new Set(nameTokens(name).flatMap((t) => [t, ...t.split("-")]));
  let k = at;
  while (k > 0 && (parts.has(words[k - 1]!.lower) || words[k - 1]!.lower.split("-").every((p) => parts.has(p)))) k--;
  return k;
}

/** List separators before a name: "A, B and C", "A; B". */
const SEPARATOR = /^(?:,|;|and|—|–|:)$/;

/** Whether the name from `first` sits in a list of names: a separator just before it (past its title) and another in the sentence. */
function inList(words: Word[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && ((officeWordKind(words[k]!.lower) && officeWordKind(words[k]!.lower) !== "connector") || isHonorific(words[k]!))) k--;
  const seps = words.filter((w) => /^(?:,|;)$/.test(w.text)).length;
  return k >= 0 && SEPARATOR.test(words[k]!.lower) && seps >= 2;
}

/**
 * How a key person the index has no person for is written, and what the reader made of it:
 * `[how written, reader's reading]`.
 * @example personWriting(read, "Varan Telu") // ["a title right before the name", "a word of the name tagged VERB, no mention covers it"]
 */
export function personWriting(read: ReadArticle, name: string): [string, string] {
  const tokens = nameTokens(name);
  if (tokens.some((t) => officeWordKind(t) === "head") || /^\p{Ll}/u.test(name.trim())) return ["the key is an office or a group, no name", "-"];
  const last = tokens.at(-1)!;
  if (!new RegExp(`(?<![\\p{L}])${last.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u").test(read.body)) return ["named only outside the body (byline, credits, caption)", "-"];
  const sents = read.sents.filter((s) => lastWordAt(s, name) !== undefined);
  const how = ((): string => {
    // "By Varan Telu", "Editor: Varan Telu", "PHOTO: Agency / Varan Telu", a line that is the name alone or with a job.
    const credit = (x: Sent): boolean => /^(?:(?:written |posts |photos? |reporting )?by|editor|photo|photos|text|reporter|author)\b/i.test(x.text.trim()) || (x.words.filter((w) => /\p{L}/u.test(w.text)).length <= tokens.length + 3 && !x.words.some((w) => w.pos === "VERB" || w.pos === "AUX"));
    if (sents.every(credit)) return "a byline or credit line in the body (By X, Editor: X, the name on a line)";
    if (tokens.length === 1) return "a single name";
    if (sents.every((s) => s.quote !== undefined || /["“”]/.test(s.text.slice(0, s.words[lastWordAt(s, name)!]!.start)))) return "only in a quote";
    if (sents.some((s) => inList(s.words, firstWordAt(s.words, lastWordAt(s, name)!, name)))) return "in a list of names";
    if (/-/.test(name) || tokens.some((t) => PARTICLE.test(t))) return "a hyphenated or particle name";
    if (/[^\p{Script=Latin}\s'.-]|[^\x00-\x7f]/u.test(name)) return "letters beyond plain ASCII (č, ņ, ñ)";
    const before = sents.map((s) => s.words[firstWordAt(s.words, lastWordAt(s, name)!, name) - 1]);
    if (before.some((w) => w && officeWordKind(w.lower) && officeWordKind(w.lower) !== "connector")) return "a title right before the name";
    if (before.some((w) => w && isHonorific(w))) return "an honorific right before the name";
    return "a full name with no title before it";
  })();
  const reading = ((): string => {
    const seen: string[] = [];
    for (const s of sents) {
      const at = lastWordAt(s, name)!;
      const m = findMentions(s).find((x) => x.first <= at && x.last >= at);
      if (!m) {
        const first = firstWordAt(s.words, at, name);
        const odd = s.words.slice(first, at + 1).find((w) => w.pos !== "PROPN");
        seen.push(odd ? `a word of the name tagged ${odd.pos}, no mention covers it` : "no mention covers it");
      } else if (m.kind !== "name") seen.push(`read as a ${m.kind}`);
      else if (nameTokens(m.name).length < tokens.length) seen.push(m.evidence ? "read cut short (fewer words than the key's), with evidence" : "read cut short, no evidence");
      else seen.push(m.evidence ? "read in full with evidence, no person made of it" : "read in full, no evidence around it (title, honorific, verb of speech)");
    }
    const order = ["read in full with evidence", "read cut short (fewer", "read in full, no evidence", "read cut short, no", "read as", "a word of the name", "no mention"];
    return seen.sort((a, b) => order.findIndex((o) => a.startsWith(o)) - order.findIndex((o) => b.startsWith(o)))[0] ?? "-";
  })();
  return [how, reading];
}

/**
 * How a sentence that names a person and their key country ties the two: the construction of the first
 * such sentence that has one, else that the country stands apart.
 * @example countryConstruction(sents, "Varan Telu", "Veldia") // "a possessive or demonym over a list (Veldia's A, B and C)"
 */
export function countryConstruction(read: ReadArticle, name: string, isCountry: (c: string) => boolean): string {
  const found: string[] = [];
  for (const s of read.sents) {
    const at = lastWordAt(s, name);
    if (at === undefined) continue;
    const words = s.words;
    const first = firstWordAt(words, at, name);
    // A city stands for its country's government, not for the people named beside it ("VALLETTA — Prime Minister …").
    const places = findCountries(s.text).filter((c) => c.kind !== "city").map((c) => ({ ...c, k: words.findIndex((w) => w.start >= c.index) })).filter((c) => c.k >= 0);
    const own = places.filter((c) => isCountry(c.country));
    if (own.length === 0) continue;
    const all = new Set(places.map((c) => c.country));
    const between = (a: number, b: number): Word[] => words.slice(Math.min(a, b), Math.max(a, b));
    const kind = ((): string => {
      // "Varan (Veldia)"
      if (own.some((c) => c.k === at + 2 && words[at + 1]?.text === "(")) return "a country in brackets after the name (Y (Veldia))";
      // "Varan of Veldia"
      if (own.some((c) => c.k > at && c.k <= at + 3 && words[at + 1]?.lower === "of")) return "'of' a country after the name (Y of Veldia)";
      // "the Veldian side, led by Varan"
      if (/\bside\b|\bdelegation\b/i.test(s.text) && own.some((c) => c.k < first) && /\b(?:led|headed|joined|includ\w*|compris\w*)\b/i.test(between(own[0]!.k, first).map((w) => w.text).join(" "))) return "a side or delegation of the country, led by or including them";
      // "Varan, Veldia's envoy to Orvane", "Varan, Foreign Minister of Veldia"
      if (words[at + 1]?.text === "," && own.some((c) => c.k > at && c.k <= at + 8 && !between(at + 2, c.k).some((w) => /^[;(]$/.test(w.text)))) return "in an apposition after the name (Y, Veldia's envoy / minister of Veldia)";
      const pairs = all.size >= 2 && (/\w-\w/.test(s.text) || words.some((w) => /^(?:presidents|ministers|leaders|counterparts|premiers|heads)$/.test(w.lower)));
      if (pairs && inList(words, first) || (pairs && words.slice(first, at + 8).some((w) => w.lower === "and"))) return "countries and names paired in order (A-B ties … X and Y; ministers of A and B, X and Y)";
      // "Veldia's Foreign Minister Varan", "the Veldian envoy Varan"
      const lead = own.filter((c) => c.k < first);
      if (lead.some((c) => first - c.k <= 6 && !between(c.k + 1, first).some((w) => /^[,;]$/.test(w.text) || w.lower === "and"))) return "a possessive or demonym right before the title and name (Veldia's minister Y)";
      if (lead.some((c) => between(c.k + 1, first).some((w) => /^[,;]$/.test(w.text) || w.lower === "and"))) return "a possessive or demonym over a list (Veldia's A, B and C)";
      return own.some((c) => c.k > at) ? "the country later in the sentence, no construction ties it" : "the country earlier in the sentence, no construction ties it";
    })();
    found.push(kind);
  }
  const order = ["a country in brackets", "'of' a country", "in an apposition", "a possessive or demonym right", "a possessive or demonym over", "a side", "countries and names", "the country later", "the country earlier"];
  return found.sort((a, b) => order.findIndex((o) => a.startsWith(o)) - order.findIndex((o) => b.startsWith(o)))[0] ?? "no sentence read names both";
}
