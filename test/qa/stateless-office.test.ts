import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** A made-up visit: the guest's country is written beside him; the host's, as extraction may miss it, is taken away below. */
const VISIT = `Peruvian minister ends visit to Chile

Peruvian Foreign Minister Telu Varan arrived in Chile on 3 June 2024 for a two-day visit.

On 4 June 2024 Varan was received by President Piet Kestas, and the two discussed the border crossings and trade.
`;

const index = extractIndex([{ file: "seeds/991_stateless.txt", text: VISIT }]);
for (const p of index.people.filter((p) => p.name.endsWith("Kestas"))) {
  delete p.country;
  for (const o of p.offices) delete o.country;
}
const knowledge = loadKnowledge(index, intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("an office asked of a country no holder is tied to", () => {
  it("is the one holder tied to no country, in an article that names it", () => {
    const a = ask("when did the peruvian foreign minister meet the chilean president?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Kestas/);
    expect(a.text).toMatch(/4 June/);
  });

  it("is never a holder who met someone of that country", () => {
    // Kestas met the Peruvian minister: he is Peru's host, not Peru's president
    expect(ask("who is the peruvian president?").found).toBe(false);
  });

  it("is no one for a country the articles do not name", () => {
    expect(ask("when did varan meet the bolivian president?").found).toBe(false);
  });
});
