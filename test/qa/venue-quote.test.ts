import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: talks whose sentence names the estate they were held at, which the meeting's record keeps as its city only. */
const TALKS = ` date 2024-03-12
Varan hosts Orvel

Tarsk, 12 March 2024 - Veldian Foreign Minister Telu Varan received his Orvanian counterpart Ana Orvel at the Lindhof country estate outside Tarsk on Monday.
The two ministers discussed fisheries and a new ferry line.
`;

/** Made up: another meeting of the same minister, at another venue. */
const OTHER = ` date 2024-04-02
Varan meets Brand

Tarsk, 2 April 2024 - Veldian Foreign Minister Telu Varan met Kestan Deputy Prime Minister Ivo Brand at the harbour pavilion in Tarsk on Tuesday.
They spoke about port fees.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/983_venue.txt", text: TALKS }, { file: "seeds/984_venue.txt", text: OTHER }]), intentModel());

describe("a venue the question names", () => {
  it("answers with the meeting and quotes its sentence naming the venue", () => {
    const a = answer("who did varan receive at the lindhof estate", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Orvel");
    expect(a.text).toContain("Lindhof country estate");
    expect(a.text).not.toContain("Brand");
  });

  it("gives no meeting for a venue none of its sentences names", () => {
    const a = answer("who did varan receive at the opera house", knowledge);
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("Lindhof country estate");
  });
});
