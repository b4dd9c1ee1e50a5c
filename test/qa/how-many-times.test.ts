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

describe("how many hours or minutes a meeting lasted", () => {
  // heldout78 x760 ("how many hours did the istanbul meeting last", answered with the meetings held there), x761 ("The meeting at
  // the Foreign Ministry began at 10:20 a.m. and lasted about 25 minutes")
  const KELM = `Varan meets Telu in Kelm

KELM, May 16, 2025 (Agency) - Foreign Minister Ivo Varan met Foreign Minister Ana Telu in Kelm on Friday. The meeting at the ministry lasted about 25 minutes.

Varan also met Prime Minister Osk Tarima in Kelm on Friday.
`;
  const k = loadKnowledge(extractIndex([{ file: "seeds/951_kelm.txt", text: KELM }]), intentModel());
  it("answers with the length the article gives, never with a count of meetings", () => {
    expect(answer("how many minutes did the meeting between varan and telu last", k).text).toMatch(/25 minutes/);
    const hours = answer("how many hours did the kelm meeting with tarima last", k);
    expect(hours.text).not.toMatch(/report 2 meetings|Tarima, Friday/);
  });
});
