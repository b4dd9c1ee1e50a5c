import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/**
 * Made-up people of a real country: one president in office, two former ones. The forms are the
 * read sets' ("former Prime Minister Hun Sen", "the then Georgian Prime Minister Giorgi Gakharia",
 * "by the then Prime Minister, His Highness Sheikh Sabah Al-Khaled Al-Sabah").
 */
const RECALL = `Kenyan minister recalls earlier visits

Nairobi, 4 April 2025 - Kenyan Foreign Minister Piet Tarsk met Ghanaian President Mira Halvik in Nairobi on Thursday.

Tarsk had been received in Accra in 2021 by the then President, Telu Kestas. Former Ghanaian President Ana Varan also attended the dinner.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/994_recall.txt", text: RECALL }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("an office held before", () => {
  it("is given as former, whether written 'former' or 'the then'", () => {
    expect(ask("who is Ana Varan").text.split("\n")[0]).toMatch(/Former President/);
    expect(ask("who is Telu Kestas").text.split("\n")[0]).toMatch(/Former President/);
  });

  it("is not today's office when the office is asked", () => {
    const a = ask("who is the president of Ghana");
    expect(a.text).toContain("Mira Halvik");
    expect(a.text).not.toContain("Ana Varan");
    expect(a.text).not.toContain("Telu Kestas");
  });

  it("is found when a former holder is asked", () => {
    const a = ask("who is the former president of Ghana");
    expect(a.text).toContain("Ana Varan");
    expect(a.text).not.toContain("Mira Halvik");
  });
});

/**
 * Made-up envoys of real countries, one of them leaving, a country's word between "outgoing" and the
 * title (the read sets' "the then Nepali foreign minister", "outgoing Peruvian Ambassador …").
 */
const FAREWELL = `Kenyan president receives envoys

Nairobi, 10 January 2025 - Kenyan President Halvik Orvane on Friday received outgoing Ghanaian Ambassador Varan Telu in a farewell call at State House.

Orvane thanked Telu for his work and wished him well.
`;

const envoys = loadKnowledge(extractIndex([{ file: "seeds/993_farewell.txt", text: FAREWELL }]), intentModel());

describe("an office written after 'outgoing' or 'then' and a country's word", () => {
  it("is not the office held now when the question asks for the new or current holder", () => {
    const a = answer("what is the name of the new ghanaian ambassador to kenya", envoys);
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/only as held before/);
  });

  it("reads 'new' that opens a place's name as no time word", () => {
    const a = answer("what is the name of the new zealand ambassador to kenya", envoys);
    expect(a.text).not.toMatch(/only as held before/);
  });

  it("still answers who the person is", () => {
    expect(answer("who is varan telu", envoys).text).toContain("Ambassador");
  });
});
