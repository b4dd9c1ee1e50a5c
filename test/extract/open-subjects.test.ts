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
