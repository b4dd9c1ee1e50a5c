import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArticleError, extractIndex } from "../../src/extract/index";
import { parseFactIndex } from "../../src/facts/validate";

const fragments = [
  " date 2024-04-26 ",
  "ASTANA — ",
  "PARIS, March 3 (Reuters) — ",
  "Tokyo (Kyodo): ",
  "# A title line\n\n",
  "---\n",
  "*Image not found or type unknown*\n",
  "Share | Tweet\n",
  "You might also like\n",
  "Kazakh Foreign Minister Murat Nurtleu met Chinese Vice Minister Sun Weidong in Beijing on Friday. ",
  "He said the sides discussed trade, energy and culture. ",
  "The two ministers and Dr. ",
  "his Cuban counterpart ",
  "Li, ",
  "the chairman of the ",
  " met with ",
  " and ",
  ", ",
  "\n\n",
  "59 countries in favour, 3 against (US, Israel) and 71 abstentions in the 1992 vote. ",
  "Ten documents were signed. ",
  "Diplomatic relations were established on March 27, 1992. ",
  "pic.twitter.com/x — Someone (@someone) November 24, 2022\n\n",
  "@handle ",
  "«»“”‘’—–-…",
  "ÇÃÑ ĳ 北京 ",
];

describe("extractIndex on arbitrary article-like text", () => {
  it("returns a valid index or names the empty article, never anything else", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string()), { minLength: 1, maxLength: 25 }), (parts) => {
        const text = parts.join("");
        try {
          const index = extractIndex([{ file: "t/fuzz.txt", text }]);
          expect(() => parseFactIndex(JSON.parse(JSON.stringify(index)))).not.toThrow();
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleError);
          expect((error as Error).message).toMatch(/^t\/fuzz\.txt: /);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  }, 120_000);
});
