import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { asksForMany } from "../../src/qa/asked-many";
import { intentModel } from "./helpers";

/** Made up: a summit at which the article reports one of the president's talks, and a day of two envoys' credentials. */
const SUMMIT = ` date 2023-06-02 ORVANE — Veldian President Kestas Halvik met Tarskan President Varan Telu on the sidelines of the Orvane summit on Friday.

The two discussed a railway link.
`;
const CREDENTIALS = ` date 2023-07-11 Veldian Foreign Minister Orvel Dask received the credentials of Tarskan Ambassador Mira Solen and Orvanian Ambassador Piet Lanno on Tuesday.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/905_made_up_summit.txt", text: SUMMIT }, { file: "seeds/906_made_up_credentials.txt", text: CREDENTIALS }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("answer: people asked in the plural", () => {
  it("returns found=false, saying the articles name only one, and what they say, when one is all a meeting's record gives", () => {
    const a = ask("which presidents did halvik meet at the summit");
    expect(a.found).toBe(false);
    expect(a.text).toContain("name only one");
    expect(a.text).toContain("Varan Telu");
  });

  it("returns the person when the question asks for one", () => {
    const a = ask("which president did halvik meet at the summit");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Varan Telu");
  });

  it("returns everyone when the record gives several", () => {
    const a = ask("which ambassadors presented credentials to dask");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Mira Solen");
    expect(a.text).toContain("Piet Lanno");
  });
});

describe("asksForMany", () => {
  it("returns true for people in the plural after which or what, an office's or not, also after a country's word", () => {
    expect(asksForMany("which presidents did Varan meet")).toBe(true);
    expect(asksForMany("what officials welcomed Telu")).toBe(true);
    expect(asksForMany("which kenyan ministers accompanied Varan")).toBe(true);
    expect(asksForMany("which peru officials attended the talks")).toBe(true);
  });

  it("returns false for one person, for people a word narrows, for things, and for a plural after the question's verb", () => {
    expect(asksForMany("which minister did Varan meet")).toBe(false);
    expect(asksForMany("which trade ministers will Varan meet")).toBe(false);
    expect(asksForMany("which countries did Varan visit")).toBe(false);
    expect(asksForMany("what did the ministers discuss")).toBe(false);
  });
});
