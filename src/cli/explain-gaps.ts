/**
 * @module The frame-gap and coreference explainers of `npm run eval:misses`: the articles are read
 * again in process (the build's own stages, the learned model off as it ships) so that each missed
 * meeting named beside a word of contact can be told why no frame joined its people
 * (src/extract/frame-gaps.ts), and each whose people no sentence names together, how the other side
 * is referred to (src/cli/why-apart.ts). Counts only leave it: no sentence is printed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FRAME_GAPS, whyNotJoined } from "../extract/frame-gaps";
import { extractIndex } from "../extract/index";
import type { ArticlePeople } from "../extract/people";
import type { Sent } from "../extract/segment";
import { sameName } from "./scorer-keys";
import { readPairContact } from "../extract/pair-again";
import { whyApart } from "./why-apart";
import type { ExplainApart, ExplainGap } from "./why-missed";

interface ArticleRead {
  sents: Sent[];
  refs: ArticlePeople["refs"];
  people: ArticlePeople["people"];
}

/** Of a meeting's sentences, the one read furthest along tells (a pair joined, then both in the trigger's clause, …): the order of FRAME_GAPS. */
const rank = (gap: string): number => FRAME_GAPS.indexOf(gap as (typeof FRAME_GAPS)[number]);

/** The build's read of each article of `seeds` (its `.txt` files), by article id. */
export function readArticles(seeds: string): Map<string, ArticleRead> {
  const reads = new Map<string, ArticleRead>();
  const files = readdirSync(seeds).filter((n) => n.endsWith(".txt")).sort().map((n) => ({ file: `seeds/${n}`, text: readFileSync(join(seeds, n), "utf8") }));
  extractIndex(files, {
    contactModel: null,
    onContactCandidates: (article, _candidates, people, _meetings, _sentences, read) => reads.set(article, { sents: read.sents, refs: read.refs, people }),
  });
  return reads;
}

/** The article's local people a key person's names match. */
const localPeople = (read: ArticleRead, spellings: string[]): Set<number> =>
  new Set(read.people.flatMap((p, i) => (p.spellings.some((s) => spellings.some((n) => sameName(n, s))) ? [i] : [])));

/**
 * Why a side of a pair named together is not read there: no person of the article has the key's name, or the article has
 * them but the sentence's words of their name are another person's mention, or no mention's at all.
 */
function unreadSide(read: ArticleRead, names: string[][], a: Set<number>, b: Set<number>, together: (sentence: string) => boolean): string {
  if (a.size === 0 || b.size === 0) return "no person of the article bears the key's name";
  const sents = read.sents.filter((s) => together(s.text));
  const unread = (s: Sent, side: Set<number>): boolean => !(read.refs[s.index] ?? []).some((r) => side.has(r.person));
  const covered = sents.some((s) => [a, b].some((side, n) => {
    if (!unread(s, side)) return false;
    const last = names[n]![0]!.split(/\s+/).at(-1)!.toLowerCase();
    return (read.refs[s.index] ?? []).some((r) => s.words.slice(r.first, r.last + 1).some((w) => w.lower === last));
  }));
  return covered ? "the name's words in the sentence are another person's mention" : "the article's person, the sentence's words of the name in no mention";
}

/**
 * The frame-gap explainer {@link whyMissed} takes, over the build's reads ({@link readArticles}).
 * @example whyMissed(report, corpus, names, gapExplainer(readArticles("/tmp/attache-eval-x/seeds")))
 */
export function gapExplainer(reads: Map<string, ArticleRead>): ExplainGap {
  return (article, names, together) => {
    const read = reads.get(article);
    if (!read) return { gap: "?", joinedIn: 0, collective: false };
    const [a, b] = names.map((spellings) => localPeople(read, spellings));
    const gaps = read.sents.filter((s) => together(s.text)).map((s) => whyNotJoined(s, read.refs[s.index] ?? [], a ?? new Set(), b ?? new Set()));
    const joinedIn = gaps.filter((g) => g === FRAME_GAPS[0]).length;
    // "The two leaders last met in July": a contact of the pair in a sentence that names no one.
    const collective = read.sents.some((s) => !s.title && s.quote === undefined && (read.refs[s.index] ?? []).length === 0 && readPairContact(s.words) !== undefined);
    const gap = gaps.sort((x, y) => rank(x) - rank(y))[0] ?? "no sentence of the build names both beside a word of contact";
    return { gap: gap === "a side not read as a person in the sentence" ? `${gap}: ${unreadSide(read, names, a ?? new Set(), b ?? new Set(), together)}` : gap, joinedIn, collective };
  };
}

/**
 * The coreference explainer {@link whyMissed} takes: how a sentence of contact naming one side refers
 * to the other, and whether the build tied a mention there to that side.
 * @example whyMissed(report, corpus, names, undefined, apartExplainer(readArticles("/tmp/attache-eval-x/seeds")))
 */
export function apartExplainer(reads: Map<string, ArticleRead>): ExplainApart {
  return (article, sides) => {
    const read = reads.get(article);
    if (!read) return "?";
    const local = sides.map((side) => localPeople(read, side.names));
    const sentences = read.sents.map((s) => ({ text: s.text, block: s.block, ...(s.title ? { title: true } : {}) }));
    return whyApart(sentences, sides, (i, side) => (read.refs[i] ?? []).some((r) => local[side]!.has(r.person) && r.via !== "name" && r.via !== "short"));
  };
}
