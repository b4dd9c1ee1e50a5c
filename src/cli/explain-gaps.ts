/**
 * @module The frame-gap explainer of `npm run eval:misses`: the articles are read again in process
 * (the build's own stages, the learned model off as it ships) so that each missed meeting named
 * beside a word of contact can be told why no frame joined its people (src/extract/frame-gaps.ts).
 * Counts only leave it: no sentence is printed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FRAME_GAPS, whyNotJoined } from "../extract/frame-gaps";
import { extractIndex } from "../extract/index";
import type { ArticlePeople } from "../extract/people";
import type { Sent } from "../extract/segment";
import { sameName } from "./scorer-keys";
import { readPairContact } from "../extract/pair-again";
import type { ExplainGap } from "./why-missed";

interface ArticleRead {
  sents: Sent[];
  refs: ArticlePeople["refs"];
  people: ArticlePeople["people"];
}

/** Of a meeting's sentences, the one read furthest along tells (a pair joined, then both in the trigger's clause, …): the order of FRAME_GAPS. */
const rank = (gap: string): number => FRAME_GAPS.indexOf(gap as (typeof FRAME_GAPS)[number]);

/**
 * Reads the `.txt` articles of `seeds` and returns the explainer {@link whyMissed} takes.
 * @example whyMissed(report, corpus, names, gapExplainer("/tmp/attache-eval-x/seeds"))
 */
export function gapExplainer(seeds: string): ExplainGap {
  const reads = new Map<string, ArticleRead>();
  const files = readdirSync(seeds).filter((n) => n.endsWith(".txt")).sort().map((n) => ({ file: `seeds/${n}`, text: readFileSync(join(seeds, n), "utf8") }));
  extractIndex(files, {
    contactModel: null,
    onContactCandidates: (article, _candidates, people, _meetings, _sentences, read) => reads.set(article, { sents: read.sents, refs: read.refs, people }),
  });
  return (article, names, together) => {
    const read = reads.get(article);
    if (!read) return { gap: "?", joinedIn: 0, collective: false };
    const [a, b] = names.map((spellings) => new Set(read.people.flatMap((p, i) => (p.spellings.some((s) => spellings.some((n) => sameName(n, s))) ? [i] : []))));
    const gaps = read.sents.filter((s) => together(s.text)).map((s) => whyNotJoined(s, read.refs[s.index] ?? [], a ?? new Set(), b ?? new Set()));
    const joinedIn = gaps.filter((g) => g === FRAME_GAPS[0]).length;
    // "The two leaders last met in July": a contact of the pair in a sentence that names no one.
    const collective = read.sents.some((s) => !s.title && s.quote === undefined && (read.refs[s.index] ?? []).length === 0 && readPairContact(s.words) !== undefined);
    return { gap: gaps.sort((x, y) => rank(x) - rank(y))[0] ?? "no sentence of the build names both beside a word of contact", joinedIn, collective };
  };
}
