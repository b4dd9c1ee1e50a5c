import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made-up articles: a visit with an arrival, an onward leg and a letter, and a name in another story. */
const VISIT = ` date 2022-03-09 TARSK — Veldian President Halvik Orvane held talks with Tarskan Prime Minister Kestas Varan in Tarsk on Wednesday on trade and energy.

Orvane landed at the city's airport on Monday for a three-day state visit.

Before he leaves, Orvane is due to tour a port in Nalo, after which he will fly on to Iceland.

A letter from Varan was handed to Orvane at the start of the talks.
`;
const OTHER = ` date 2022-05-02 KELD — The Tarskan prime minister, Kestas Varan, said on Monday that the budget would be presented in June, in a speech to lawmakers reported by Telu Amar of the state agency.
`;
const THIRD = ` date 2022-06-10 OSLO — Norwegian Prime Minister Arvo Lindqvist opened a fisheries conference on Friday.

Norwegian Foreign Minister Sela Brandt met Chilean Ambassador Orvel Kestavo in Oslo on Thursday to discuss salmon exports.

Kestavo was in Oslo to prepare a fisheries agreement.

In December Chile and the European Union signed a new framework agreement.
`;


const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/900_visit.txt", text: VISIT },
    { file: "seeds/901_other.txt", text: OTHER },
    { file: "seeds/902_third.txt", text: THIRD },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("who met whom: the sides a question asks of", () => {
  it("never answers 'who met the <office>' with the office holder himself", () => {
    for (const q of ["who met the tarskan prime minister", "who did the tarskan prime minister meet"]) {
      const a = ask(q);
      expect(a.text.split("\n")[0]).not.toMatch(/^Kestas Varan$/);
      if (a.found) expect(a.text).toContain("Orvane");
    }
  });

  it("does not say yes when the office asked is held by the person asked of", () => {
    expect(ask("did Varan meet the tarskan prime minister?").found).toBe(false);
    const a = ask("did Lindqvist meet the norwegian prime minister?");
    expect(a.found).toBe(false);
    expect(a.text).toContain("other than Arvo Lindqvist");
  });

  it("reads an office written beside a name as that person's title", () => {
    const a = ask("when did President Orvane meet Prime Minister Varan?");
    expect(a.found).toBe(true);
    expect(a.text).toContain("9 March 2022");
  });
});

describe("an office of someone's country, or of a country no gazetteer knows", () => {
  it("reads 'A's foreign minister' as the foreign minister of A's country, A being no side", () => {
    const a = ask("did Lindqvist's foreign minister meet the chilean ambassador?");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Sela Brandt");
  });

  it("never reads 'Orvelia's president' as every president", () => {
    const a = ask("who did Orvelia's president meet?");
    expect(a.found).toBe(false);
    expect(a.text).toContain("Orvelia");
  });
});

describe("what a question asks of, when it names a meeting only to say when", () => {
  it("answers 'who was the <office> when A visited' with the holder A met, not with A", () => {
    const a = ask("who was the norwegian foreign minister when Kestavo visited?");
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("Sela Brandt");
  });

  it("never answers 'what <thing> did A see' with a list of meetings", () => {
    const a = ask("what painting did the norwegian foreign minister see?");
    // declined, saying what is unsaid; the meetings shown after it are what the articles do report
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/meetings? fits?:/);
    expect(a.text.split("\n")[0]).toMatch(/don't say which painting/);
  });

  it("reads 'what was A in B for' as a question of purpose", () => {
    const a = ask("what was Kestavo in Oslo for?");
    expect(a.text).not.toMatch(/^Orvel Kestavo \(/);
  });
});

describe("a sentence about others than those asked never answers", () => {
  it("does not answer what two countries signed with what one of them signed with a third side", () => {
    const a = ask("what agreements did norway and chile sign?");
    expect(a.text).not.toContain("framework agreement");
  });

  it("asks which meeting is meant when the question names only titles", () => {
    const a = ask("how long did the foreign ministers' meeting last?");
    expect(a.found).toBe(false);
  });

  it("does not answer 'the name of the <office> A met' with A when no one holds that office", () => {
    const a = ask("what is the name of the peruvian foreign minister Brandt met?");
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/^Sela Brandt/);
  });
});

describe("comings and goings are not meetings", () => {
  it("answers an arrival from the sentence that tells it, not from the meeting's day", () => {
    const a = ask("when did orvane arrive in tarsk");
    expect(a.found).toBe(true);
    expect(a.text).toContain("7 March 2022");
    expect(a.text).not.toMatch(/^\S*\s*9 March/);
  });

  it("answers where a trip goes next with the place it goes to", () => {
    const a = ask("where will orvane go after tarsk");
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("Iceland");
  });
});

describe("what a writing says", () => {
  it("declines 'what did A's letter say' when the articles only name the letter", () => {
    expect(ask("what did varan's letter say").found).toBe(false);
  });
});
