/** @module What an intent's answerer gives back: a reply, or what the articles do not say. */
import type { Sentence } from "../facts/types";
import type { Block, Focus } from "./types";

/** An answer found in the index. */
export interface Reply {
  kind: "reply";
  body: Block[];
  /** Articles the reply comes from, for the source line. */
  articles: string[];
  focus: Partial<Focus>;
  /** True when the question's own words (not only its countries) chose these facts; no quoted sentence beats them. */
  byWords?: boolean;
  /** For a long list shown a page at a time: where the next page starts and how many items are left. */
  page?: { end: number; rest: number };
  /** How the reader came to it ("span", "why", "whose", "kind", "act"), for the answer's signals. */
  via?: string;
}

/** The articles do not answer; `what` says what is missing, in plain words. */
export interface Missing {
  kind: "missing";
  what: string;
  /** What the articles do say nearby ("They report talks in Rome on 28 June"), shown after `what`, with its articles. */
  known?: { body: Block[]; articles: string[] };
  /** The articles do say it, but by a fact of a class often wrong (a hedged reply, see trust.ts): no sentence reader overrides it. */
  hedged?: true;
}

/** An answerer's outcome. */
export type Outcome = Reply | Missing;

/**
 * A "not in the articles" outcome.
 * @example missing("The articles report no meeting between A and B.")
 */
export const missing = (what: string, known?: Missing["known"]): Missing => (known ? { kind: "missing", what, known } : { kind: "missing", what });

/**
 * Sentences quoted as what the articles report, under "The article reports:" ("The articles report:"
 * when more than one sentence, or with `count` "articles" more than one article, is quoted).
 * @example reportedReply([sentence], { people: ["varan"] }).body[0] // { kind: "para", content: ["The article reports:"] }
 */
export function reportedReply(sentences: Pick<Sentence, "article" | "text">[], focus: Partial<Focus>, count: "sentences" | "articles" = "sentences"): Reply {
  const articles = [...new Set(sentences.map((s) => s.article))];
  const one = (count === "articles" ? articles.length : sentences.length) === 1;
  return {
    kind: "reply",
    body: [{ kind: "para", content: [one ? "The article reports:" : "The articles report:"] }, ...sentences.map((s): Block => ({ kind: "quote", content: [s.text] }))],
    articles,
    focus,
    byWords: true,
  };
}

/**
 * A phrase a sentence gives, in bold, with the sentence quoted as its evidence (the readers' reply).
 * @example phraseReply(sentence, "working visit") // { kind: "reply", body: [{ kind: "para", content: [{ bold: "working visit" }] }, { kind: "quote", … }], … }
 */
export const phraseReply = (s: Pick<Sentence, "article" | "people">, phrase: string, quoted: string, people: string[] = s.people): Reply => ({
  kind: "reply",
  body: [
    { kind: "para", content: [{ bold: phrase }] },
    { kind: "quote", content: [quoted] },
  ],
  articles: [s.article],
  focus: { people, articles: [s.article] },
  byWords: true,
});
