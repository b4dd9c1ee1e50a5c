/**
 * @module A tour told stop by stop (heldout89 850, exchange66 x1086 and x1087): "<place> was the first stop.", "The next stop
 * was <place>." set where the contact of the next sentence was; "the delegation" there is the group a sentence before gave a
 * head ("the Peace Mission, which he led", "X took her delegation to …"). Made-up people, real places.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const find = (text: string, who: string) => meetingsOf(text).find((m) => m.names.includes(who));

describe("a tour's stop told in a sentence of its own", () => {
  it("places the contact of the next sentence at the stop, a town of two words the gazetteer lacks too", () => {
    const text =
      "Addis Ababa, 12 March 2031 - The Orvane Panel led by Varan Telu has completed a tour of the region.\n\n" +
      "Port Sudan was the first stop. On Sunday the Panel was received by General Osk Benn, head of the council.\n";
    expect(find(text, "Osk Benn")?.place).toBe("Port Sudan");
  });

  it("places it at a city-state, the delegation the one who took hers on the tour", () => {
    const text =
      "Tokyo, 2 August 2031 - Speaker Ruda Hadu took her parliamentary delegation to a second Asian capital on Tuesday.\n\n" +
      "Singapore was the first stop. On Monday the delegation was received by Prime Minister Kelm Tarsa.\n";
    const met = find(text, "Kelm Tarsa");
    expect(met?.names).toContain("Ruda Hadu");
    expect(met?.place).toBe("Singapore");
  });
});

describe("the head of a group named before", () => {
  it("is the one a relative clause says led it ('the Peace Mission, which he led')", () => {
    const text =
      "Pretoria, 18 June 2031 - President Dara Osk has returned home from the Peace Mission, which he led over three days.\n\n" +
      "Kyiv was the first stop. On Friday the delegation was received by President Lund Sarro.\n";
    expect(find(text, "Lund Sarro")?.names).toContain("Dara Osk");
  });
});
