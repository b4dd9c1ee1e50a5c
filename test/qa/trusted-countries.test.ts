import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { withTrustedCountries } from "../../src/qa/trust";
import { intentModel } from "./helpers";

/** A made-up article: a minister whose country no title gives (a later step infers it), received an envoy whose title does. */
const ARTICLE = ` date 2024-03-14 OSLO — Foreign Minister Kari Brenna received Danish Ambassador Lise Holm at the ministry on Tuesday.

The two discussed fisheries and shipping.
`;
const index = extractIndex([{ file: "seeds/912_trusted_countries.txt", text: ARTICLE }]);
const brenna = index.people.find((p) => p.name === "Kari Brenna")!;
// the step that gave the minister's country, taken as weak: whichever it is, the answers must not state what it gave
const weak = new Set([brenna.countryFrom ?? "?"]);
const trusted = withTrustedCountries(index, weak);

describe("withTrustedCountries", () => {
  it("returns the people without a country (their own and their offices') that a weak step gave, and the others as they are", () => {
    expect(brenna.country).toBe("Norway");
    const person = trusted.people.find((p) => p.id === brenna.id)!;
    expect(person.country).toBeUndefined();
    expect(person.offices.every((o) => o.country === undefined)).toBe(true);
    expect(trusted.people.find((p) => p.name === "Lise Holm")).toMatchObject({ country: "Denmark", countryFrom: "office/title" });
  });

  it("returns the index itself when no step is weak", () => {
    expect(withTrustedCountries(index, new Set())).toBe(index);
  });
});

describe("answers state no country a weak step gave", () => {
  const model = intentModel();
  const ask = (q: string, from = trusted) => answer(q, loadKnowledge(from, model));

  it("returns the counterpart's country from a trusted step, and none from a weak one, for 'which countries'", () => {
    expect(ask("which countries has Brenna met with?").text).toContain("Denmark");
    expect(ask("which countries has Holm met with?", index).text).toContain("Norway");
    expect(ask("which countries has Holm met with?").text).not.toContain("Norway");
  });

  it("returns no yes for 'did … anyone from' the country only a weak step gave", () => {
    expect(ask("did Holm meet anyone from Norway?", index).text).toMatch(/^Yes/);
    expect(ask("did Holm meet anyone from Norway?").text).not.toMatch(/^Yes/);
  });
});
