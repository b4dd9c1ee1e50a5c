import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { expectedAnswer } from "../../src/qa/answer-type";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made-up articles: the facts asked about are stated in the text, for none of them the index has a kind. */
const OSLO = ` date 2023-03-10 OSLO — Norwegian Foreign Minister Ingrid Solbakken held talks with Chilean Foreign Minister Tomas Errazuriz in Oslo on Thursday.

The talks lasted 90 minutes and were the fifth round of the political dialogue between the two countries.

Two-way trade reached USD 420 million last year, and more than 35 companies took part in a business forum held alongside the visit.

Solbakken, who took office in October 2021, thanked Errazuriz for Chile's support for the Arctic research station.
`;

const TBILISI = ` date 2022-05-02 TBILISI — Georgian Parliament Speaker Shalva Gvantseladze received Estonian Foreign Minister Kaja Lindmets in Tbilisi on Monday to discuss energy links.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/903_oslo.txt", text: OSLO },
    { file: "seeds/904_tbilisi.txt", text: TBILISI },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("expectedAnswer", () => {
  it("returns the type a question's form asks for", () => {
    expect(expectedAnswer("how long did the talks last")?.types).toEqual(["duration"]);
    expect(expectedAnswer("how many companies took part")?.counts).toBe("company");
    expect(expectedAnswer("which round of the dialogue was it")?.types).toEqual(["ordinal"]);
    expect(expectedAnswer("what year did she take office")?.year).toBe(true);
    expect(expectedAnswer("where did they meet")?.types).toContain("place");
  });

  it("returns no type for a yes/no question or a question about what was discussed", () => {
    expect(expectedAnswer("did Solbakken meet Errazuriz")).toBeUndefined();
    expect(expectedAnswer("what did they discuss")).toBeUndefined();
  });
});

describe("the reader: a span of the expected type, with its sentence", () => {
  it("returns a duration, an ordinal, a count and an amount the text states", () => {
    expect(ask("how long did the talks between solbakken and errazuriz last").text).toContain("90 minutes");
    expect(ask("which round of the political dialogue was it").text).toContain("fifth");
    expect(ask("how many companies took part in the business forum").text).toContain("35");
    expect(ask("how much was two-way trade between norway and chile").text).toContain("420 million");
  });

  it("returns the answer in bold, then the sentence it comes from, with the article cited", () => {
    const a = ask("how long did the talks between solbakken and errazuriz last");
    expect(a.found).toBe(true);
    expect(a.body[0]).toEqual({ kind: "para", content: [{ bold: "90 minutes" }] });
    expect(a.body.some((b) => b.kind === "quote" && String(b.content[0]).includes("lasted 90 minutes"))).toBe(true);
    expect(a.sources.map((s) => s.article)).toEqual(["903_oslo"]);
  });

  it("returns the date of an act that is not a meeting, not the meeting's date", () => {
    const a = ask("when did solbakken take office");
    expect(a.text).toContain("October 2021");
    expect(a.text).not.toContain("9 March");
    expect(ask("what year did solbakken take office").text).toContain("2021");
  });

  it("returns what someone thanked someone for, read after the verb and its preposition", () => {
    const a = ask("what did solbakken thank errazuriz for");
    expect(a.found).toBe(true);
    expect(a.text).toContain("support for the Arctic research station");
  });

  it("returns found=false, said plainly, when no sentence holds an answer of the type asked", () => {
    for (const q of ["how big is the norwegian embassy in chile", "how many journalists covered the talks between solbakken and errazuriz", "how long did the talks between gvantseladze and lindmets last"]) {
      const a = ask(q);
      expect(a.found, q).toBe(false);
      expect(a.suggestions.length, q).toBeGreaterThan(0);
    }
  });

  it("returns no meeting list for a question of duration the text does not answer", () => {
    const a = ask("how long did the tbilisi meeting last");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("Gvantseladze met");
  });
});

describe("strict linking", () => {
  it("returns found=false for a surname one letter from another person's, short or shared", () => {
    const a = ask("who is silva");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("Speaker");
  });

  it("returns found=false for a full name whose first name no article gives, not the person sharing the surname", () => {
    const a = ask("who is Birgit Solbakken");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("Foreign Minister");
  });

  it("keeps a typo, a lower-case name and a surname alone", () => {
    expect(ask("who is solbaken").text).toContain("Ingrid Solbakken");
    expect(ask("who is gvantseladze").text).toContain("Shalva Gvantseladze");
  });

  it("returns found=false for an office of a body no office of the articles belongs to", () => {
    const a = ask("who is the speaker of the senate");
    expect(a.found).toBe(false);
    expect(a.text.split("\n")[0]).not.toContain("Gvantseladze");
    expect(ask("who is the speaker of the parliament").text).toContain("Gvantseladze");
  });

  it("returns a person's country by its name", () => {
    expect(ask("who is errazuriz").text).toContain("Chile");
  });

  it("returns no list of every minister for 'the two ministers' nobody named", () => {
    const a = ask("where did the two foreign ministers meet");
    expect(a.text).not.toMatch(/Tbilisi[\s\S]*Oslo|Oslo[\s\S]*Tbilisi/);
  });
});
