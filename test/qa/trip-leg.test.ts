import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { asksTripLeg } from "../../src/qa/answerers/trip-leg";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up, of the shapes of read18 r501 and devG g212: the next stop told from the place left, the traveller a pronoun. */
const ONWARD = ` date 2024-03-05
Veldian minister in Oslo

OSLO, March 5 (Wire) - Veldian Foreign Minister Varan Telu held talks in Oslo on Tuesday with Norwegian Foreign Minister Kari Lunde.

From Oslo he flies to Helsinki, the last stop before he returns home.
`;

/** Made up, of the shapes of read16 q311 and read18 r516: the stop before told as where the traveller came from, and as a journey's earlier legs. */
const BEFORE = ` date 2024-05-02
Orvanian envoy reaches Lisbon

Orvanian Deputy Minister Mira Sosk reached Lisbon from Madrid, where she had held talks on trade.

Lisbon is the last leg of a journey that had earlier taken the Orvanian delegation to France, Belgium and Spain.

Sosk met Portuguese Foreign Minister Rui Campos on Wednesday.
`;

/** Made up, of the shape of check11 k111: leaving one capital for the next. */
const LEAVING = ` date 2015-06-03
Estovian leader in Accra

ACCRA, 3 June 2015 (Wire) - Estovian President Ilan Brenn held talks in Accra today with Ghanaian President Kofi Mensah.

The Estovian leader is to leave Accra on Thursday for Togo, where he plans similar talks.
`;

/** Made up: the earlier legs told in the past perfect, in a sentence of their own after the one naming the place. */
const PAST_PERFECT = ` date 2019-09-12
Aldorian minister in Nairobi

NAIROBI, Sept. 12 (Wire) - Aldorian Trade Minister Tamsin Orvel arrived in Nairobi on Thursday for talks on fisheries.

The tour had already taken the minister to Ethiopia and Tanzania.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/991_onward.txt", text: ONWARD },
    { file: "seeds/992_before.txt", text: BEFORE },
    { file: "seeds/993_leaving.txt", text: LEAVING },
    { file: "seeds/994_past_perfect.txt", text: PAST_PERFECT },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("a trip's stop after or before a place", () => {
  it("asks a stop of a trip only with a place after 'after' or 'before'", () => {
    expect(asksTripLeg("where does Telu go after Oslo?")).toBe(true);
    expect(asksTripLeg("which countries did Sosk visit before Lisbon")).toBe(true);
    expect(asksTripLeg("where did Telu meet Lunde?")).toBe(false);
    expect(asksTripLeg("when did Telu go to Oslo?")).toBe(false);
  });

  it("returns the next stop told from the place left, never the place asked or the way home", () => {
    const a = ask("where does Telu go after Oslo?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^Helsinki/);
  });

  it("returns where the traveller came from", () => {
    expect(ask("where was Mira Sosk before Lisbon?").text).toMatch(/^Madrid/);
  });

  it("returns every stop of the journey's earlier legs", () => {
    expect(ask("which countries did Sosk visit before Portugal?").text).toMatch(/^France, Belgium and Spain/);
  });

  it("returns the next stop of a leader leaving a capital", () => {
    expect(ask("where was Brenn going after Ghana?").text).toMatch(/^Togo/);
  });

  it("returns the earlier legs told in the past perfect in a sentence after the one naming the place", () => {
    expect(ask("which countries did Orvel visit before Nairobi?").text).toMatch(/^Ethiopia and Tanzania/);
  });

  it("does not answer a stop the articles do not give", () => {
    const a = ask("where will Brenn go after Togo?");
    expect(a.text).not.toMatch(/^(Togo|Accra|Ghana)\b/);
  });
});
