import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: ties begun, told otherwise than "diplomatic relations were established" ("date back to", "ties were set up"), and "the two countries" beside a third named after. */
const NAIROBI = `Kenya and Ghana agree to widen trade

Nairobi, 3 May 2023 - Kenyan Foreign Minister Varan Telu received Ghanaian Foreign Minister Kestas Orvane in Nairobi on Tuesday.

Relations between the two countries date back to 1961, and Telu said they had never been closer.
`;

const LIMA = `Peru and Chile open a joint border post

Lima, 8 June 2024 - Peruvian Foreign Minister Halvik Sorn met Chilean Foreign Minister Mira Anto in Lima on Friday.

The two countries established diplomatic relations on 12 May 1839, a year after Bolivia left the confederation.
`;

const HANOI = `Vietnam and Norway review cooperation

Hanoi, 2 March 2022 - Vietnamese Deputy Foreign Minister Telu Varan met Norwegian State Secretary Anto Kestas in Hanoi on Wednesday.

The two men went over cooperation between their countries, ties that date from the 1970s, and agreed to meet again in Oslo.
`;

/** Made up after heldout48 x512: an anniversary "next year" told before the act's own date in one sentence. */
const VICTORIA = `Seychelles and Japan discuss maritime security

Victoria, 21 August 2025 - Seychellois Foreign Minister Orin Peol met Japanese Foreign Minister Lia Senn in Yokohama yesterday.

Both sides hoped for more student exchanges as Seychelles and Japan mark fifty years of diplomatic relations next year; relations were established in June 1976.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/961_nairobi.txt", text: NAIROBI },
    { file: "seeds/962_lima.txt", text: LIMA },
    { file: "seeds/963_hanoi.txt", text: HANOI },
    { file: "seeds/964_victoria.txt", text: VICTORIA },
  ]),
  intentModel(),
);

describe("ties begun, however the article tells them", () => {
  it("returns the year ties 'date back to'", () => {
    const a = answer("when were kenya-ghana relations established", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("1961");
  });

  it("returns the day 'the two countries' established them, not a pair with the country named after", () => {
    const a = answer("since when do peru and chile have diplomatic relations", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("12 May 1839");
  });

  it("gives no year for ties dated only to a decade", () => {
    const a = answer("when did vietnam and norway establish diplomatic relations", knowledge);
    expect(a.text).not.toMatch(/\b1970\b/);
  });

  it("returns the date written right after the act, not an anniversary 'next year' told before it", () => {
    const a = answer("when were seychelles-japan diplomatic relations established", knowledge);
    expect(a.text).toContain("1976");
    expect(a.text).not.toContain("2026");
  });
});
