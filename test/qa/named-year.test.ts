/** @module A year that names a thing ("the 1944 Water Treaty") dates that thing only, never what else a question asks of its sentence. */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up, of the shape of heldout116 1095 ("Under the 1944 Water Treaty, Mexico must deliver … every five years"). */
const WATER = ` date 2025-04-29
Mexico agrees to send water to Texas

Mexico City, 29 April 2025 - Mexican Agriculture Minister Ana Varan spoke by phone with US Agriculture Secretary Ilo Telu on Friday.

Under the 1944 Water Treaty, Mexico must deliver water to the United States in every five-year delivery cycle, and the current cycle is well behind.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/907_water.txt", text: WATER }]), intentModel());

describe("a year that names a thing", () => {
  it("does not answer 'when does the delivery cycle end' with the year of the treaty's name", () => {
    expect(answer("when does the current five-year delivery cycle end", knowledge).text.split("\n")[0]).not.toContain("1944");
  });

  it("answers the year for the thing it names", () => {
    const a = answer("when was the water treaty signed", knowledge);
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("1944");
  });
});
