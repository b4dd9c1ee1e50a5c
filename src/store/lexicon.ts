/**
 * @module The lexicon bundled with a stored index: the few things a question is linked with before
 * anything is read from storage (the places), the example questions and the article count. Small:
 * it grows with the distinct places, not the text. The name words and the keys their spellings and
 * typos are found by are in the database (`name_keys`), read with the question's slice.
 */
import type { Knowledge } from "../qa/knowledge";

/** Bump when the shape below changes. */
export const LEXICON_VERSION = 2;

/** The lexicon, as src/generated/lexicon.json holds it. */
export interface Lexicon {
  version: number;
  /** Where the index lives: "bundled" (src/generated/fact-index.json) or "d1" (the INDEX database). */
  store: "bundled" | "d1";
  /** How many articles the index holds. */
  articles: number;
  /** Example questions over the whole index (computed at build time). */
  examples: string[];
  /** Places (not countries) named by meetings, datelines and facts: folded words and the place as written. */
  places: Knowledge["places"];
}

/**
 * The lexicon of a computed knowledge.
 * @example writeFileSync("lexicon.json", JSON.stringify(lexiconOf(knowledge, examples, "d1")));
 */
export function lexiconOf(knowledge: Knowledge, examples: string[], store: Lexicon["store"]): Lexicon {
  return { version: LEXICON_VERSION, store, articles: knowledge.index.articles.length, examples, places: knowledge.places };
}
