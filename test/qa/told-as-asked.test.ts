import { describe, expect, it } from "vitest";
import { toldAsAsked } from "../../src/qa/tense";

const at = (sentence: string, word: string) => sentence.indexOf(word);

describe("toldAsAsked: a sentence answers 'what did they sign?' only when it tells the signing as done", () => {
  it("takes a plain report of the act", () => {
    const s = "Varan and Telu signed three agreements on fisheries.";
    expect(toldAsAsked(s, at(s, "signed"), "past")).toBe(true);
  });

  it("refuses a clause that denies the act (the user would read 'they signed' where nothing was)", () => {
    const s = "Neither government released details of any agreements signed.";
    expect(toldAsAsked(s, at(s, "agreements"), "past")).toBe(false);
    const t = "The two sides did not sign the accord.";
    expect(toldAsAsked(t, at(t, "sign"), "past")).toBe(false);
  });

  it("refuses an act still to come for a question about the past, but not for one about the future", () => {
    const s = "The ministers reviewed the joint committee, which is expected to sign several new agreements.";
    expect(toldAsAsked(s, at(s, "sign"), "past")).toBe(false);
    expect(toldAsAsked(s, at(s, "sign"), "future")).toBe(true);
  });

  it("reads only the clause of the act: a denial in another clause does not count", () => {
    const s = "The talks did not settle the border, but Varan and Telu signed a trade accord.";
    expect(toldAsAsked(s, at(s, "signed"), "past")).toBe(true);
  });
});
