/**
 * @module A sentence that reads the act asked from the one before it answers nothing when that one denies it: "… left without
 * seeing B. A second team was sent in early August …" gives no date of a meeting with B (heldout89 x848). Made-up article.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const STORY = ` date 2031-08-20 KELM, Aug 20 (Agency) — Envoys of the Tarsk Union returned home on Saturday after a day in the Orvanian capital.

The Tarsk Union's commission president, Telu Amsel, said the envoys had been heard by the army's leaders.

When the same team flew into Kelm on August 3 it left the same night without seeing either the general or Rush Varan, the detained president. A second Tarsk Union track, led by Ambassador Osk Tarima, was sent in early August to consult the leaders of the neighbouring states.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/913_envoys.txt", text: STORY }]), intentModel());

describe("the reader on a sentence after a denial", () => {
  it("gives no date of a meeting the sentence before says did not happen", () => {
    const reply = answer("when did the tarsk union delegation see varan", knowledge);
    expect(reply.text).not.toContain("early August");
    expect(reply.text).not.toContain("August 3");
  });
});
