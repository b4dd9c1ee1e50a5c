/**
 * @module "When did A call on B": "call" is a stop word, so the question's terms held no word of contact and the reader went
 * first, answering with the month of the trip's sentence rather than the day of the call (read21 r805). Made-up article.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const TRIP = ` date 2030-11-24 TARSK — Veldian Foreign Minister Rush Varan met Orvanian Foreign Minister Dara Osk in Tarsk yesterday.

Dr. Varan travelled to Kelm for two days in November 2029, only weeks after President Telu Amsel won the presidential election, in what Tarsk presented as an outreach to the new leadership.

On that occasion Varan called on President Amsel at State House in Kelm on 27 November 2029.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/916_trip.txt", text: TRIP }]), intentModel());

describe("a 'when' question whose verb of contact is a stop word", () => {
  it("answers with the call the articles report, on its day", () => {
    const text = answer("when did varan call on president amsel", knowledge).text;
    expect(text).toContain("courtesy call");
    expect(text).toContain("27 November 2029");
  });
});
