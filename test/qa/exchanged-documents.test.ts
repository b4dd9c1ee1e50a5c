/**
 * A signing told as an exchange: "the two governments exchanged four agreements" (devF f205), "the documents
 * were exchanged" (several read sets) answer "what did they sign"; "exchange views" (heldout36 x328) is talk,
 * no signing.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { actKinIn } from "../../src/qa/answerers/read-thing";
import { stem } from "../../src/qa/retrieval";
import { intentModel } from "./helpers";

const CALL = `Varan and Telu talk by video

TARSK, 2 October 2020 - Veldian Foreign Minister Ana Varan held a video call with Orvanian Foreign Minister Piet Telu on Friday.

Opening the call, Varan said he was glad they could exchange views this way.
`;

const COMMISSION = `Veldia and Orvane sign power pact

TARSK, 9 March 2024 - Veldian Foreign Minister Kim Orso and Orvanian Foreign Minister Lia Brand co-chaired the joint commission in Tarsk on Thursday, after which the two governments exchanged four agreements, including a pact on power trade.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/941_call.txt", text: CALL },
    { file: "seeds/942_commission.txt", text: COMMISSION },
  ]),
  intentModel(),
);

describe("a signing told as an exchange", () => {
  it("returns 'exchange' as a word of signing only in a sentence that names a document", () => {
    expect(actKinIn(stem("sign"), "the two governments exchanged four agreements")).toContain(stem("exchange"));
    expect(actKinIn(stem("sign"), "they could exchange views this way")).not.toContain(stem("exchange"));
  });

  it("returns found=false for 'what did they sign' when the sentence only exchanged views", () => {
    expect(answer("what did varan and telu sign", knowledge).found).toBe(false);
  });

  it("returns the exchanged agreements for 'what did they sign'", () => {
    const a = answer("what did orso and brand sign", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("power trade");
  });
});
