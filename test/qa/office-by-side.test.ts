import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { linkQuestion } from "../../src/qa/link";
import { intentModel } from "./helpers";

/**
 * Two made-up stories, each with a foreign minister whose country extraction may miss (taken away
 * below): in the first he meets the Chilean minister, in the second the Bolivian one. Both stories
 * name Peru, so "the Peruvian foreign minister" alone may be either.
 */
const TALKS = `Peru and Chile hold talks in Santiago

Chilean Foreign Minister Orvel Tarsk hosted Foreign Minister Telu Varan in Santiago on 3 June 2024, and the two ministers discussed trade with Peru.
`;

const OTHER = `Peru backs Bolivia's bid

Bolivian Foreign Minister Aldo Kestrel received Foreign Minister Piet Aldor in La Paz on 9 May 2024, and the two discussed a railway to Peru.
`;

/** A third story: two ministers of a country extraction misses. */
const ENVOYS = `Peruvian ministers received in Quito

Ecuadorian President Mara Velde received Minister Sela Orvane and Foreign Minister Dov Renn in Quito on 12 April 2024, and they spoke of trade with Peru.
`;

/** A fourth: a Colombian minister whose title extraction gives short. */
const CALL = `Colombia and Ecuador talk by phone

Minister Ilse Brandt of Colombia spoke by phone with Ecuadorian President Mara Velde on 14 April 2024.
`;

const index = extractIndex([
  { file: "seeds/992_talks.txt", text: TALKS },
  { file: "seeds/993_other.txt", text: OTHER },
  { file: "seeds/994_envoys.txt", text: ENVOYS },
  { file: "seeds/995_call.txt", text: CALL },
]);
for (const p of index.people.filter((p) => /Varan|Aldor|Orvane|Renn/.test(p.name))) {
  delete p.country;
  for (const o of p.offices) delete o.country;
}
const knowledge = loadKnowledge(index, intentModel());
const ask = (q: string) => answer(q, knowledge);
const linked = (q: string) => linkQuestion(q, knowledge).people.map((m) => m.ids.map((id) => knowledge.people.get(id)?.name));

describe("an office asked of a country its holders are tied to by no record", () => {
  it("is the holder tied to no country who met the other side the question names", () => {
    expect(linked("where did the peruvian and chilean foreign ministers meet")).toContainEqual(["Telu Varan"]);
    const a = ask("where did the peruvian and chilean foreign ministers meet?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Santiago/);
  });

  it("is no one when several such holders fit and the question names no other side", () => {
    expect(ask("who is the peruvian foreign minister?").found).toBe(false);
  });

  it("is every such holder of the article for a title asked in the plural", () => {
    const [ids] = linked("when were the peruvian ministers received in quito");
    expect(ids).toEqual(expect.arrayContaining(["Sela Orvane", "Dov Renn"]));
  });

  it("is one tied to the country whose office the index gives less fully, when the other side tells", () => {
    expect(linked("when did the colombian foreign minister speak with velde")).toContainEqual(["Ilse Brandt"]);
  });

  it("is never told by the contact a yes/no question asks about", () => {
    expect(linked("did the colombian foreign minister speak with velde").flat()).not.toContain("Ilse Brandt");
  });
});

describe("a word that only opens a title", () => {
  it("is no part of the title it follows", () => {
    const links = linkQuestion("when did the chilean foreign minister first meet varan", knowledge);
    expect(links.unknownOffices).toEqual([]);
    expect(links.people.map((m) => m.text)).toContain("the foreign minister of Chile");
  });
});
