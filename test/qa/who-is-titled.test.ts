/**
 * "who is Prince X", "who is Sultan Y": a title right before the name that ends the question is the name's own, so the
 * answer is that person's office. It had been read as "who is the <office> X met" (heldout51 x551 "who is prince …",
 * read sets' "who was prince …", "who is sultan …"), and with no such office it answered that the articles don't say.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const TALKS = `Veldian crown prince receives Orvanian president

TARSK, 20 June 2023 - Veldia's Crown Prince, Amos bin Varan, received Orvanian President Piet Telu in Tarsk on Tuesday.

Energy Minister Prince Dan bin Varan and Foreign Minister Jon Kelm were among those attending on the Veldian side.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/933_talks.txt", text: TALKS }]), intentModel());

describe("who is <title> <name>", () => {
  it("answers with the office of the one named after the title", () => {
    const reply = answer("who is prince dan bin varan", knowledge);
    expect(reply.found).toBe(true);
    expect(reply.text).toContain("Energy Minister");
  });

  it("still asks for the office holder one met in 'who is the minister Telu met'", () => {
    expect(answer("who is the president amos bin varan received", knowledge).text).toContain("Telu");
    expect(answer("who is the orvanian president received by amos bin varan", knowledge).text).toContain("Telu");
  });
});
