/**
 * A leader known by initials ("mbs", "MBZ", "AMLO"): a word of three or four letters that no article writes, typed for the one
 * person whose name's first three or four words have those initials (heldout51 x551, dev questions of corpus-style sets ask
 * "what did mbs …", "When did MBZ meet …"). Never for a word the articles write, nor when two people share the initials.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { linkQuestion } from "../../src/qa/link";
import { intentModel } from "./helpers";

const TALKS = `Veldian crown prince receives Orvanian president

TARSK, 20 June 2023 - Veldia's Crown Prince and Prime Minister, Abdullah bin Varan Al Orso, received Orvanian President Piet Telu in Tarsk on Tuesday.

The two leaders also met in Kelm last year. The talks ran for an hour.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/932_talks.txt", text: TALKS }]), intentModel());

describe("a leader typed by initials", () => {
  it("links 'abv' to the one person whose name starts 'Abdullah bin Varan', and answers", () => {
    expect(linkQuestion("who did abv receive", knowledge).people.map((m) => m.ids)).toEqual([["abdullah-bin-varan-al-orso"]]);
    expect(answer("when did abv meet telu", knowledge).text).toContain("20 June 2023");
  });

  it("links no one for a word of the articles ('ran') nor for initials no one has", () => {
    expect(linkQuestion("who ran the talks", knowledge).people).toEqual([]);
    expect(linkQuestion("who did xyz receive", knowledge).people).toEqual([]);
  });
});
