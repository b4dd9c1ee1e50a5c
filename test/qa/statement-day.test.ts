import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a visit announced by a statement whose day is given, the visit's own day not. */
const NOTICE = ` date 2025-01-11
Varan to fly in for talks

Manila, 11 January 2025 - Veldian Foreign Minister Telu Varan will visit the Philippines this week. Varan is coming at the invitation of Foreign Secretary Piet Kestas, according to a statement released on Friday.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/991_notice.txt", text: NOTICE }]), intentModel());

describe("the day of a statement", () => {
  it("is not the day of the visit it announces", () => {
    expect(answer("when is varan coming to the philippines?", knowledge).text).not.toMatch(/^Friday/);
  });

  it("answers when the statement was released", () => {
    expect(answer("when was the statement on varan's visit released?", knowledge).text).toMatch(/Friday/);
  });
});

/** Made up: a call whose length is told beside the length of the guest's trip. */
const CALL = `Varan calls on Kestas

Orvel, 7 January 2025 - Prime Minister Piet Kestas received a courtesy call from Veldian Foreign Minister Telu Varan at his office this afternoon, as the visitor began a two-day official trip to Orvania.
`;

describe("the length of a stay", () => {
  const k = loadKnowledge(extractIndex([{ file: "seeds/992_call.txt", text: CALL }]), intentModel());

  it("is not the length of a meeting held during it", () => {
    for (const q of ["how long did varan meet kestas?", "how long did the veldian foreign minister meet the prime minister?"]) expect(answer(q, k).text, q).not.toMatch(/^two-day/);
  });

  it("answers how long the trip was", () => {
    expect(answer("how long was varan's trip to orvania?", k).text).toMatch(/two-day/);
  });
});
