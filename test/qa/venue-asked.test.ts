import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a guest received at the airport by one host, and a meeting with another that only talks of an airport. */
const VISIT = `Varan in Orvel

Orvel, 5 July 2024 - Veldian President Telu Varan arrived in Orvel on Friday. On landing at the airport he was received by the President of the Senate, Senator Piet Kestas.

Varan later met Orvanian Prime Minister Mara Solen. The two discussed an upgrade of the airport at Halvik and scholarships for students.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/991_venue.txt", text: VISIT }]), intentModel());

describe("a venue asked of a meeting", () => {
  it("is where a sentence puts the meeting, not a venue its talks were about", () => {
    const a = answer("who received varan at the airport?", knowledge);
    expect(a.text).not.toMatch(/Solen/);
  });
});
