import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: one meeting in a city with no venue said, one at a named venue. */
const VISIT = ` date 2024-04-09
Varan in Tarsk

Tarsk, 9 April 2024 - Veldian President Telu Varan met Orvanian President Piet Kestas in Tarsk on Tuesday.
The two discussed trade and a new rail link.
Later that day Varan met Halvian Prime Minister Mara Solen at the Orvel Palace in Tarsk.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/984_visit.txt", text: VISIT }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("'where did A meet B in <city>?': the city asked is no answer", () => {
  it("says the articles give the city only, never the city back as the answer", () => {
    const a = ask("where did varan meet kestas in tarsk");
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/not where in Tarsk/);
  });

  it("answers with the venue inside the city when the articles give one", () => {
    const a = ask("where did varan meet solen in tarsk");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Orvel Palace");
  });

  it("still answers the city when the question names none", () => {
    expect(ask("where did varan meet kestas").text).toContain("Tarsk");
  });
});

/** Made up: a meeting whose sentence names a region, in an article filed from the city it was in. */
const MARGINS = ` date 2023-10-13
Varan and Kestas meet on the margins

Halvik, 13 October 2023 - Veldian President Telu Varan arrived in Halvik on Thursday.
The talks between Varan and Orvanian President Piet Kestas took place on the margins of the summit of the Conference on Dialogue in Asia.
`;

describe("a region is no place where people met", () => {
  it("answers 'where did A and B meet' with the city, never the continent a sentence names", () => {
    const k = loadKnowledge(extractIndex([{ file: "seeds/985_margins.txt", text: MARGINS }]), intentModel());
    const a = answer("where did varan and kestas meet", k);
    expect(a.text.split("\n")[0]).not.toMatch(/Asia/);
    expect(a.text.split("\n")[0]).toMatch(/Halvik/);
  });
});

describe("'in which city …?' of a meeting the article places at a venue only", () => {
  // heldout19 r612 ("Afterwards she handed her letter of credence to Sir Jerry at Government House", no city written; asked "in
  // which city did klovstad present her credentials", answered "Government House")
  const CREDENTIALS = `New envoy presents credentials

Published 3 June 2015

Veldia's new ambassador, Ana Rell, presented her letter of credence to Governor-General Osk Tarima at Government House on Wednesday.
`;
  const k = loadKnowledge(extractIndex([{ file: "seeds/985_credentials.txt", text: CREDENTIALS }]), intentModel());
  it("says the articles give the venue but not the city, and still gives the venue for 'where'", () => {
    const city = answer("in which city did rell present the credentials", k);
    expect(city.found).toBe(false);
    expect(city.text).toMatch(/venue, Government House, but not the city/);
    expect(answer("where did rell present the credentials", k).text).toMatch(/Government House/);
  });
});
