import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

// heldout21 r817 ("when did peters and fiame sign the statement of partnership"), heldout19 r614 ("when did museveni and kagame
// sign the luanda memorandum"), heldout104 x961, heldout106 x975: a signing the articles tell in other words ("put their names
// to …") is the meeting that dates it; a pair's signing the articles do not tell apart is no date of it.
const SIGNED = `Kenya, Ghana seal border treaty

Nairobi, 17 May 2024 - Kenyan Foreign Minister Varan Telu and Ghanaian Foreign Minister Osk Benn put their names to a border treaty at State House in Nairobi on Friday.

Benn said the treaty would end decades of dispute.
`;
const TALKS = `Tanzania, Uganda hold talks

Kampala, 14 May 2024 - Tanzanian Foreign Minister Ruda Hadu held talks with Ugandan Foreign Minister Kiran Lask in Kampala on Tuesday on a planned pipeline.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/964_signed.txt", text: SIGNED }, { file: "seeds/965_talks.txt", text: TALKS }]), intentModel());

describe("when two people signed", () => {
  it("answers with the meeting told as their signing, and its sentence", () => {
    const a = answer("when did telu and benn sign the treaty", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/17 May 2024/);
    expect(a.text).toMatch(/put their names/);
  });

  it("gives no date of talks for a signing the articles do not tell", () => {
    const a = answer("when did hadu and lask sign the pipeline deal", knowledge);
    expect(a.found).toBe(false);
  });
});
