import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a visit whose welcome at the airport is told apart from the talks, by a pronoun. */
const VISIT = ` date 2024-04-18
Varan in Tarsk

Tarsk, 18 April 2024 - Veldian President Telu Varan arrived in Tarsk on Wednesday for a two-day state visit.
His plane touched down at Tarsk International Airport in the afternoon. He was met there by Orvanian Foreign Minister Ana Orvel and by Deputy Prime Minister Mara Solen.
On Thursday Varan held talks with Orvanian President Piet Kestas at the presidential palace.
`;

/** Made up: another visit of the same president, welcomed in another country. */
const OTHER = ` date 2024-05-02
Varan in Halvik

Halvik, 2 May 2024 - Veldian President Telu Varan was received at Halvik airport by Kestan Prime Minister Ivo Brand before talks on trade.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/981_welcome.txt", text: VISIT }, { file: "seeds/982_welcome.txt", text: OTHER }]), intentModel());

describe("who welcomed someone on arrival", () => {
  it("names the people the welcome sentence names, not the host of the talks", () => {
    const a = answer("who welcomed varan at the airport in tarsk", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Orvel");
    expect(a.text).toContain("Solen");
    expect(a.text).not.toContain("Kestas");
    // the welcome of another visit is not this one's
    expect(a.text).not.toContain("Brand");
  });

  it("reads a welcome told in the sentence that names the visitor", () => {
    const a = answer("who received varan at the airport in halvik", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Brand");
    expect(a.text).not.toContain("Orvel");
  });
});
