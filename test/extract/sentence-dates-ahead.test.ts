import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";

/** Made up: a trip announced before it happens, its days told as weekdays. */
const NOTICE = ` date 2024-08-22
Varan to travel to Orvel

Tarsk, 22 August 2024 - Veldian Foreign Minister Telu Varan departs Sunday for Orvel and is scheduled to meet his Orvanian counterpart, Piet Kestas, for talks on Monday.

Varan met Kestas on Monday in Tarsk, the ministry said.
`;

const index = extractIndex([{ file: "seeds/991_notice.txt", text: NOTICE }]);
const datesOf = (words: string) => index.sentences.find((s) => s.text.includes(words))?.dates ?? [];

describe("the days a sentence gives", () => {
  it("are the days to come in a sentence that tells a plan", () => {
    expect(datesOf("is scheduled to meet").map((d) => d.day)).toEqual([25, 26]);
  });

  it("are the days past in a sentence that tells what was done", () => {
    expect(datesOf("Varan met Kestas on Monday").map((d) => d.day)).toEqual([19]);
  });
});
