/**
 * @module Tests of a plural title that a word before it makes the name of an event ("the Quad foreign ministers meeting"):
 * the holders asked are those at that event, which the question names by the event, not every holder of the articles
 * (read26 w105; "the prime ministers meeting" alone still asks for the prime ministers).
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const FORUM = `NEW YORK, 23 September 2023 (Wire) — The day opened with a meeting of the Arctic Five foreign ministers, where Veldian Foreign Minister Lino Sarkis sat with Norwegian Foreign Minister Eira Halvorsen and Danish Foreign Minister Tove Lund.

Later, Sarkis held talks with Chilean Foreign Minister Tomas Errazuriz on trade.
`;
const GHANA = `Accra, 2 May 2021 (GNA) — Ghanaian Foreign Minister Kofi Amankwah held talks with Portuguese Foreign Minister Rita Valadares in Accra on Tuesday on cocoa trade.
`;
const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/901_forum.txt", text: FORUM },
    { file: "seeds/902_ghana.txt", text: GHANA },
  ]),
  intentModel(),
);

describe("a meeting named by a word before a plural title", () => {
  it("returns the event's sentence, not every foreign minister's meetings", () => {
    const a = answer("who attended the arctic five foreign ministers meeting", knowledge);
    expect(a.text).not.toContain("Kofi Amankwah");
    expect(a.text).not.toMatch(/\d+ meetings fit/);
  });

  it("still lists the holders' meetings for 'the foreign ministers meeting' named by no other word", () => {
    const a = answer("when was the foreign ministers meeting", knowledge);
    expect(a.text).toContain("Kofi Amankwah");
  });
});
