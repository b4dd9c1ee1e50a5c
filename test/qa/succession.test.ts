import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** A made-up credentials story: a new envoy who takes over from another. */
const ENVOY = ` date 2024-03-02
TARSK, March 2 (Wire) - Veldian Ambassador Mira Telu presented her credentials to President Piet Kestas on Friday.

Ms Telu takes over from Ambassador Orvel Dane, who completed his four-year posting in January.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/950_envoy.txt", text: ENVOY }]), intentModel());

describe("who someone replaced", () => {
  // read23 s104, read25 u105, check11 k103: "X takes over from Y", asked "who did X replace"
  it("answers 'who did X replace' and 'who did X succeed' from 'X takes over from Y'", () => {
    for (const q of ["who did telu replace", "who did telu succeed"]) {
      const a = answer(q, knowledge);
      expect(a.found).toBe(true);
      expect(a.text.split("\n")[0]).toContain("Orvel Dane");
    }
  });
});
