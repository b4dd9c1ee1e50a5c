import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** A made-up article none of the code has seen: names, places and numbers must come from it alone. */
const ARTICLE = ` date 2021-06-14 LIMA — Peruvian Foreign Minister Oskar Valdivieso met with Norwegian State Secretary Henrietta Lundqvist in Lima on Monday to discuss fisheries, climate cooperation and renewable energy.

During the talks at the Torre Tagle Palace, the two sides agreed to open a Norwegian trade office in Lima next year.

Diplomatic relations between Peru and Norway were established on 5 May 1950.

Earlier this year, Valdivieso toured Chile, Brazil and Ecuador.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/900_made_up.txt", text: ARTICLE }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("answer on an article it has never seen", () => {
  it("returns the meeting of a person typed in lower case with a typo", () => {
    const a = ask("who did valdivieso meet");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Henrietta Lundqvist");
    expect(ask("when did the peruvian foreign minister meet lundquist").text).toContain("14 June 2021");
  });

  it("returns the place, the topics and the relations the article gives", () => {
    expect(ask("where did Valdivieso and Lundqvist meet?").text).toContain("Lima");
    expect(ask("what did Peru and Norway discuss?").text).toContain("fisheries");
    expect(ask("when were diplomatic relations between Peru and Norway established?").text).toContain("5 May 1950");
  });

  it("returns the countries a person toured", () => {
    expect(ask("which countries did Valdivieso visit").text).toContain("Brazil");
  });

  it("returns a quoted sentence for what no structured fact holds", () => {
    expect(ask("what will norway open in lima").text).toContain("trade office");
  });

  it("returns found=false for people and places the article does not name", () => {
    expect(ask("When did Valdivieso meet Li Keqiang?").found).toBe(false);
    expect(ask("who is the president of Chile").found).toBe(false);
  });
});
