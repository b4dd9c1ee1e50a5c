import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a state told with the date it began ("since 2014"), and an office told with the year of an appointment only. */
const TARSK = `Veldia and Orvane open a trade office in Tarsk

Tarsk, 12 March 2025 - Veldian Foreign Minister Kestas Varan met Orvane's Trade Minister Halvik Telu in Tarsk on Wednesday.

Links between the two states are already close: Orvane Air, the national carrier, has flown directly to Tarsk since 2014.

Telu, who was appointed in 2021, said the new office would open in June.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/951_tarsk.txt", text: TARSK }]), intentModel());

describe("since when a state has lasted", () => {
  it("returns the date written after 'since' in the sentence that tells the state", () => {
    const a = answer("since when has orvane air flown to tarsk", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^since 2014/);
  });

  it("declines when the sentence gives a date that is not after 'since'", () => {
    const a = answer("since when has telu been trade minister", knowledge);
    expect(a.text).not.toContain("2021");
  });
});
