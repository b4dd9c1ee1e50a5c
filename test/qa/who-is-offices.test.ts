import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** A made-up visit: a minister, a president, a former prime minister, and a man named only in passing. */
const VISIT = `Veldian minister visits Orvane

Orvane City, 12 May 2025 - Veldian Foreign Minister Telu Varan met Orvanian President Piet Kestas in Orvane City on Monday.

Varan also paid a courtesy call on former Prime Minister Mira Halvik, and met National Assembly president Dara Losk on Tuesday.

He recalled the visit of Gustavo Varan, a Veldian writer, to Orvane in 1990.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/992_orvane.txt", text: VISIT }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("who is A: the office given is A's own", () => {
  it("does not answer for a known person when the question's full name is someone else's sharing a first name or surname", () => {
    const a = ask("Who is Gustavo Varan?");
    expect(a.text).not.toMatch(/Foreign Minister/);
  });

  it("still answers the known person by their own name", () => {
    expect(ask("Who is Telu Varan?").text).toMatch(/Foreign Minister/);
  });

  it("says an office the article writes as held before as such", () => {
    const a = ask("Who is Mira Halvik?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/former [^)]*Prime Minister/);
  });

  it("gives the president of a national assembly that office, not the country's presidency", () => {
    const a = ask("Who is Dara Losk?");
    expect(a.text).toMatch(/President of the National Assembly/);
    expect(a.text).not.toMatch(/\(Orvanian President\)/);
  });
});

describe("A is the holder of an office of which country", () => {
  it("reads 'of which country' as the country asked, not a body the office belongs to", () => {
    const a = ask("piet kestas is president of which country");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Orvan/);
    expect(ask("kestas is the president of what country?").text).not.toMatch(/do not mention/);
  });
});
