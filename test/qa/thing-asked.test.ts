import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: one visit where nothing is signed, one where memoranda are. */
const TRIP = ` date 2024-03-05
Varan picks Tarsk for first trip

Wellington, 5 March 2024 - Kenyan Foreign Minister Telu Varan held talks with New Zealand Foreign Minister Piet Kestas in Wellington on Tuesday.
Varan chose New Zealand for his first trip abroad since taking office, signalling how the new government means to treat its partners.
`;

const SIGNING = ` date 2024-06-11
Solen and Tamsin sign memoranda in Halvik

Halvik, 11 June 2024 - Halvian Foreign Minister Mara Solen received Orvel Foreign Minister Arno Tamsin in Halvik on Tuesday.
The two ministers signed three memoranda of understanding on energy, fisheries and visas.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/986_trip.txt", text: TRIP }, { file: "seeds/987_signing.txt", text: SIGNING }]), intentModel());

describe("'what <things> did A and B sign': a sentence that names no such thing is no answer", () => {
  it("declines when the visit's sentences share words with the question but name no agreement", () => {
    const a = answer("what agreements did kenya and new zealand sign during varan's visit", knowledge);
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("signalling");
  });

  it("answers with the sentence that names the things, by their own word or one of their kin", () => {
    const a = answer("what agreements did solen and tamsin sign", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("memoranda of understanding");
  });
});
