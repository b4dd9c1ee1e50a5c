import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a visit of the Veldian president and thanks for help given. */
const TOUR = ` date 2024-03-05 TARSK — Veldian President Kestas Halvik arrived in Tarsk on Monday for talks with Tarskan President Varan Telu.

Halvik thanked the Tarskan Development Agency for its help after the floods.
`;
const knowledge = loadKnowledge(extractIndex([{ file: "seeds/907_made_up_tour.txt", text: TOUR }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("answer: a question about the articles in words of thanks or help", () => {
  it("returns no greeting and no help text for a question that asks which or who", () => {
    for (const q of ["which agency did halvik thank for its help", "which company in tarsk was cited as an example"]) {
      const a = ask(q);
      expect(a.intent, q).not.toBe("greeting");
      expect(a.intent, q).not.toBe("help");
      expect(a.text, q).not.toMatch(/^You're welcome|^I answer questions about/);
    }
  });

  it("returns thanks and help to the bot as before", () => {
    expect(ask("thanks").text).toMatch(/^You're welcome!/);
    expect(ask("what can you do").intent).toBe("help");
  });
});
