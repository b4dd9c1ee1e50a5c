import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** A made-up visit: one visitor, three hosts, two meetings with the same host; one invitation. */
const VISIT = `Veldian minister ends tour of Orvane

Orvane City, 12 May 2025 - Veldian Foreign Minister Ana Varan met Orvanian President Telu Kestas in Orvane City on Monday.

On Tuesday Varan held talks with Orvanian Prime Minister Mira Halvik, and later met Kestas again at a dinner.

Varan also met Orvanian Trade Minister Piet Tarsk on Wednesday. She came at the invitation of Halvik.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/991_orvane.txt", text: VISIT }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("how many people someone met", () => {
  it("counts the people met, each once, not the meetings", () => {
    const a = ask("how many people did Varan meet");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/\b3 people\b/);
    for (const name of ["Kestas", "Halvik", "Tarsk"]) expect(a.text).toContain(name);
    expect(a.text).not.toMatch(/meetings of Ana Varan with \d+ people:[^]*Ana Varan \(/);
  });

  it("still counts meetings when meetings are asked", () => {
    expect(ask("how many meetings did Varan have").text).toMatch(/\b\d+ meetings?\b/);
  });

  it("gives no count of meetings for people of a kind a word narrows: 'how many company leaders', 'how many sports leaders' (heldout88 x844, read80's Gao)", () => {
    for (const q of ["how many company leaders did Varan meet", "how many sports leaders did Varan meet"]) {
      const a = ask(q);
      expect(a.text, q).not.toMatch(/\b\d+ meetings?\b/);
      expect(a.text, q).not.toMatch(/\bwith \d+ people\b/);
    }
  });
});

describe("questions of a form the intent model may not know", () => {
  it("never answers 'who <did something to> A' with A", () => {
    for (const q of ["who invited Varan", "who welcomed Varan", "who greeted Kestas", "who will replace Varan", "who will succeed Kestas"]) {
      const a = ask(q);
      if (a.found) expect(a.text.split("\n")[0]).not.toMatch(/^Ana Varan \(|^Telu Kestas \(/);
    }
  });

  it("takes 'who welcomed A' as whom A met", () => {
    const a = ask("who welcomed Varan");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Kestas");
  });

  it("answers 'was A in <place>' yes with the meetings there, or no", () => {
    const yes = ask("was Varan in Orvane City");
    expect(yes.found).toBe(true);
    expect(yes.text).toMatch(/^Yes/);
    expect(yes.text).toContain("Kestas");
    const no = ask("was Varan in Telu Town");
    expect(no.text).not.toMatch(/^Yes/);
  });
});

describe("a name the articles write, whether or not the index made a person of it", () => {
  const LIST = `Trade fair opens in Orvane City

Orvane City, 14 May 2025 - The fair drew guests from Veldia; among them were Mira Soltane and Piet Varrow, who toured the stands.
`;
  const listed = loadKnowledge(extractIndex([{ file: "seeds/992_fair.txt", text: LIST }]), intentModel());

  it("never says the articles do not mention a name they write", () => {
    for (const q of ["who is Mira Soltane", "when did Piet Varrow meet Mira Soltane"]) {
      const a = answer(q, listed);
      expect(a.text).not.toMatch(/do not mention|name nobody/);
      expect(a.text).toMatch(/Soltane/);
    }
  });

  it("still says so of a name they do not write", () => {
    expect(answer("who is Orla Vesk", listed).text).toMatch(/do not mention|name nobody/);
  });
});
