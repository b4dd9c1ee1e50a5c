import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { expectedAnswer } from "../../src/qa/answer-type";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up, in the shape of a ministry release: a trade goal told as "lift trade to …", a forum named in full and asked by its initials. */
const ORVEL = `Veldian and Tarskian foreign ministers meet in Orvel

Orvel, 12 March 2024 - Veldian Foreign Minister Mira Halvik held talks with her Tarskian counterpart, Telu Amar, in Orvel on Tuesday.

The two ministers agreed to lift two-way trade to 4 billion US dollars by 2028.

They also went over progress on the Kestas Valley Line project, and prepared the third Northern Rivers Forum summit, due in Varan in May.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/951_orvel.txt", text: ORVEL }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("a goal asked as a target, and a thing asked by its initials", () => {
  it("reads 'what trade target' as asking for an amount", () => {
    expect(expectedAnswer("what trade target did they agree")).toMatchObject({ types: ["number"], amount: true });
    const a = ask("what trade target did halvik and amar agree");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^4 billion US dollars/);
  });

  it("reads a thing asked by its initials ('which NRF summit') in the name the article writes in full", () => {
    const a = ask("which nrf summit did halvik and amar prepare");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^third Northern Rivers Forum summit/);
  });

  it("does not take a named thing for one the question describes in words the article never uses ('which bridge project')", () => {
    const a = ask("which bridge project did halvik and amar discuss");
    expect(a.text).not.toMatch(/^Kestas Valley Line/);
  });
});
