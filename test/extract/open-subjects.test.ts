import { describe, expect, it } from "vitest";
import { meetingsIn } from "./helpers";
import { segment } from "../../src/extract/segment";

/** "A + B" per meeting of one article (names sorted), as a reader would list who met whom. */
const meetingsOf = (text: string, published = "2022-05-04"): string[] => meetingsIn(text, published);

const LEAD = "TARSK, May 4, 2022 -- Veldian Foreign Minister Varan Telu arrived in Orvania on Wednesday for a two-day visit.";

describe("a noun owned by a possessive is no verb", () => {
  it("reads 'stay' after 'his' and 'her' as a noun, not a verb that ends the phrase (the shape of read20 r712 and read22 r918)", () => {
    for (const text of ["During his stay the minister met Telu.", "On the second day of her stay, the minister met Telu."]) {
      const stay = segment([{ text }])[0]!.words.find((w) => w.lower === "stay")!;
      expect(stay.pos).toBe("NOUN");
    }
  });

  it("leaves a verb after 'her' when a verb governs her ('let her stay')", () => {
    const stay = segment([{ text: "The court let her stay in Tarsk." }])[0]!.words.find((w) => w.lower === "stay")!;
    expect(stay.pos).toBe("VERB");
  });

  it("returns the contact of a description subject after 'During his stay' with no comma (made-up names)", () => {
    const text = `${LEAD}\n\nDuring his stay the foreign minister also held talks with Aldor Varis, President of the Orvanian Senate.`;
    expect(meetingsOf(text)).toContain("Aldor Varis + Varan Telu");
  });

  it("returns both contacts of 'her stay …, the minister and her delegation paid calls on A and on B' (made-up names)", () => {
    const lead = "TARSK, May 4, 2022 -- Veldian Foreign Minister Ilse Marnov arrived in Orvania on Wednesday for a two-day visit.";
    const text = `${lead}\n\nOn the second day of her stay, 5 May, the foreign minister and her delegation paid courtesy calls on Prime Minister Aldor Varis and on the Speaker of the Orvanian Senate, Kesto Lunn.`;
    expect(meetingsOf(text)).toEqual(["Aldor Varis + Ilse Marnov", "Ilse Marnov + Kesto Lunn"]);
  });
});

describe("the subject a coordinated verb takes after a passive", () => {
  it("returns the passive's subject, not its agent named in apposition, as the one who 'called on' (made-up names, the shape of read22 r913)", () => {
    const text = `${LEAD}\n\nTelu was received by the Speaker of the Orvanian Senate, Aldor Varis, and called on the Minister of Trade, Kesto Lunn.`;
    const met = meetingsOf(text);
    expect(met).toEqual(["Aldor Varis + Varan Telu", "Kesto Lunn + Varan Telu"]);
    expect(met).not.toContain("Aldor Varis + Kesto Lunn");
  });

  it("keeps a planned welcome and a planned meeting apart, not one meeting of three (made-up names, the shape of read22 r923)", () => {
    const text = `${LEAD}\n\nTelu will also be received by the President of the Republic, Aldor Varis, and will meet the head of the Orvanian Church, Archbishop Kesto Lunn.`;
    expect(meetingsIn(text, "2022-05-04", "planned")).toEqual(["Aldor Varis + Varan Telu", "Kesto Lunn + Varan Telu"]);
  });
});
