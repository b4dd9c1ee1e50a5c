import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made-up people of real countries: one meeting, one trip told in passing. */
const TOUR = `Kenyan minister holds talks with Ghanaian counterpart

Kenyan Foreign Minister Ana Varan held talks with Ghanaian Foreign Minister Telu Kestas on 3 March 2025, the ministry said.

Varan arrived in Ghana on 2 March after a two-day stop in Togo.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/993_tour.txt", text: TOUR }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("where someone went before or after a city", () => {
  it("answers with another stop, never the city's own country", () => {
    for (const q of ["where did Varan go before Accra", "where did Varan go before Ghana"]) {
      const a = ask(q);
      expect(a.text.split("\n")[0]).not.toMatch(/Ghana/);
      expect(a.text.split("\n")[0]).toMatch(/Togo/);
    }
  });
});
