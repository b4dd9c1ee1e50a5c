import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { otherTimeUnsaid } from "../../src/qa/record-scope";
import { intentModel } from "./helpers";

/** Made-up articles: a minister's record, with nothing of their earlier posts, their plans or who travels with them; and a first trip the article tells. */
const VISIT = ` date 2024-05-20 TARSK — Veldian Foreign Minister Varan Telu held talks with Orvanian Foreign Minister Kestas Halvik in Tarsk on Monday.

The two ministers discussed fisheries and a new ferry line between the two countries.
`;

const FIRST = ` date 2024-06-02 ALDOR — Aldorian Trade Minister Orvel Dask chose Tarsk for his first trip abroad since taking office, meeting Orvanian Prime Minister Mira Sandel on Saturday.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/911_made_up_visit.txt", text: VISIT },
    { file: "seeds/912_made_up_first.txt", text: FIRST },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("answer: a person's record asked of another time or of someone beside them", () => {
  it("returns found=false for a post held before or to come, which the record of the person now does not tell", () => {
    expect(ask("what was varan telu's job before he became foreign minister").found).toBe(false);
    expect(ask("what post will varan telu take up in june").found).toBe(false);
  });

  it("returns found=false for someone beside the person or office named, never that person", () => {
    const a = ask("who is travelling with the veldian foreign minister");
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/^Varan Telu/);
  });

  it("still answers who a person is and who holds an office", () => {
    expect(ask("who is varan telu").text).toContain("Foreign Minister");
    const holder = ask("who is the veldian foreign minister");
    expect(holder.found).toBe(true);
    expect(holder.text).toContain("Varan Telu");
  });
});

describe("otherTimeUnsaid: the question's words of another time the reply leaves out", () => {
  it("returns the word when the reply never says it, none when it does or when it is in a name", () => {
    expect(otherTimeUnsaid("what was telu's job before he became minister", ["telu"], "Varan Telu (Veldian Foreign Minister)")).toEqual(["before"]);
    expect(otherTimeUnsaid("was this dask's first trip abroad", ["dask"], "Orvel Dask … for his first trip abroad")).toEqual([]);
    expect(otherTimeUnsaid("who is first varan", ["first varan"], "First Varan (Veldian envoy)")).toEqual([]);
  });
});
