/**
 * @module Tests of a reply of one meeting record that leaves out the act or occasion the question asks in its own words
 * ("who did A bid farewell to", "who hosted a farewell luncheon for B"): the meeting's sentence, or the headline of an
 * article that tells no other meeting, that says them is quoted, so the reply shows what it answers (read26 w107, w108;
 * read17 q414, q415). A meeting whose sentences never say them gets no such quote.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const FAREWELL = `Veldian minister honours departing Orvanian envoy

Tarsk, 15 October 2020 - The Minister of Foreign Affairs, Kestas Varan, on Wednesday hosted a farewell luncheon in Tarsk for the outgoing Ambassador of Orvania, Mira Telu, who is ending her tour of duty.
`;
const TALKS = `Lino Sarkis holds talks in Nalo

Nalo, 3 March 2023 - Veldian Trade Minister Lino Sarkis held talks with Orvanian Foreign Minister Tomas Errazuriz in Nalo on Monday on trade.
`;
const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/901_farewell.txt", text: FAREWELL },
    { file: "seeds/902_talks.txt", text: TALKS },
  ]),
  intentModel(),
);

describe("a meeting's sentence that says the act asked", () => {
  it("quotes the sentence that tells the luncheon asked about", () => {
    const a = answer("who hosted a farewell luncheon for the orvanian ambassador", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Kestas Varan");
    expect(a.text).toContain("farewell luncheon");
  });

  it("does not give a meeting whose sentences never say the act asked as its answer", () => {
    const a = answer("who did sarkis co-chair the joint commission with", knowledge);
    expect(a.found).toBe(false);
  });
});
