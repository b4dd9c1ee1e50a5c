/**
 * @module A name written with the ʻokina ("Mataʻafa") is the name asked with an apostrophe ("mata'afa"), without it, or with
 * the ʻokina itself, never a name "in another script", and its words are no terms the reply leaves unsaid. Made-up names;
 * the read sets name a Samoan prime minister so (heldout29 x169, new57a x648).
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { fold } from "../../src/nlp/fold";
import { intentModel } from "./helpers";

const APIA = ` date 2031-10-25
APIA - Samoa's Prime Minister, Lauaki Tuʻivai Seumaʻalo, met New Zealand Prime Minister Orvel Kane in Apia on Friday.
`;
const knowledge = loadKnowledge(extractIndex([{ file: "seeds/941_apia.txt", text: APIA }]), intentModel());

describe("the ʻokina", () => {
  it("folds as an apostrophe", () => {
    expect(fold("Seumaʻalo")).toBe(fold("Seuma'alo"));
    expect(fold("Seumaʻalo")).toBe(fold("Seuma’alo"));
  });

  it("names the person asked with an apostrophe or with the ʻokina", () => {
    for (const q of ["who is lauaki tu'ivai seuma'alo", "who is Seumaʻalo", "who did seuma'alo meet", "who is seumaalo"]) {
      const a = answer(q, knowledge);
      expect(a.found, q).toBe(true);
      expect(a.text, q).not.toMatch(/could not match|do not mention/);
    }
  });
});
