import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** A made-up article whose second event is dated only by the first's day, which the article never gives. */
const FAIR = `TARSK – Veldian Foreign Minister Halvik Orvane opened a trade fair of river crafts in Tarsk during his first trip abroad.

That same day the Keldan consulate held a concert of folk music for the visitors.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/930_fair.txt", text: FAIR }]), intentModel());

describe("a date that points back to another one", () => {
  // read18 r505 ("… called La Moneda that day"), read21 r802 ("in the same month"): the words alone say nothing of when
  it("does not answer 'when' with 'that same day' when the article gives no day for it to point to", () => {
    const a = answer("when was the concert of folk music", knowledge);
    expect(a.text).not.toMatch(/^That same day\b/i);
    expect(a.found).toBe(false);
  });
});
