import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

// Made up, of the shape of heldout50 x531: a count of other things in the lead ("packed three separate encounters … into a
// single day") and the count of times told of "the island" rather than its name.
const TARSK = ` date 2023-04-20
Varan in Tarsk

TARSK, April 20, 2023 (Agency) - Veldian Foreign Minister Ivo Varan packed three separate encounters with Orvane's leaders into a single day on Thursday in Tarsk.

Varan flew in from Kelm on Wednesday evening. According to the Orvanian ministry, this is the eighth time he has come to the island since taking charge of Veldian diplomacy.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/950_tarsk.txt", text: TARSK }]), intentModel());

describe("how many times", () => {
  it("never answers with a count of other things than times", () => {
    const a = answer("how many times has varan been to orvane as foreign minister", knowledge);
    expect(a.text.split("\n")[0]).not.toMatch(/three/);
  });
});
