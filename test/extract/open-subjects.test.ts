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

  it("returns the passive's subject with an adverb inside its verb, not its agent, as the one who 'held talks' (made-up names, the shape of heldout83 x805 and read22 r913)", () => {
    for (const verb of ["was also granted an audience by", "was also received by"]) {
      const text = `${LEAD}\n\nTelu ${verb} the King of Orvania, Aldor Varis, and held separate talks with the Minister of Trade, Kesto Lunn.`;
      const met = meetingsOf(text);
      expect(met).toContain("Kesto Lunn + Varan Telu");
      expect(met.some((m) => m.includes("Aldor Varis") && m.includes("Kesto Lunn"))).toBe(false);
    }
  });

  it("keeps a planned welcome and a planned meeting apart, not one meeting of three (made-up names, the shape of read22 r923)", () => {
    const text = `${LEAD}\n\nTelu will also be received by the President of the Republic, Aldor Varis, and will meet the head of the Orvanian Church, Archbishop Kesto Lunn.`;
    expect(meetingsIn(text, "2022-05-04", "planned")).toEqual(["Aldor Varis + Varan Telu", "Kesto Lunn + Varan Telu"]);
  });
});

describe("a time of day before a subject", () => {
  // "at noon Finance Minister X will meet his Turkish counterpart, Y" (heldout54 x594), "At midday King A and Queen B will
  // receive the President" (read18 r502): the hour opens the clause like a day does; the title after it is the subject.
  it("returns the contact of a coordinated clause opened by 'at noon' (made-up names)", () => {
    const text = `${LEAD}\n\nDefence Minister Amos Kelm is scheduled to see Orvanian Defence Minister Dan Osk at the Officers Club, and at noon Finance Minister Jon Varis will meet his Orvanian counterpart, Mirek Lunn.`;
    expect(meetingsIn(text, "2022-05-04", "planned")).toEqual(["Amos Kelm + Dan Osk", "Jon Varis + Mirek Lunn"]);
  });

  it("returns both hosts of a sentence opened by 'At midday' (made-up names)", () => {
    const text = `${LEAD}\n\nAt midday His Majesty King Aldor Varis and Her Majesty Queen Ilse Marnov will receive the Minister and Ms Lunn in audience at the palace, after which the King and Queen offer a lunch.`;
    expect(meetingsIn(text, "2022-05-04", "planned")).toContainEqual(expect.stringMatching(/^Aldor Varis \+ Ilse Marnov \+ /));
  });
});

describe("a phrase opening a coordinate clause before its subject", () => {
  // "On 4 October the President received him for talks …, and during that visit Jabbarov also met Meredov" (heldout60
  // x629); ", and in that context they stressed the need …" (corpus c050): "that" before a noun is its determiner, no
  // clause of its own, and the name after the phrase is the coordinate clause's subject.
  it("returns the contact of the one named after 'and during that visit', not of the first clause's subject (made-up names)", () => {
    const text = `${LEAD}\n\nOn 3 May President Aldor Varis received Telu for talks in which both sides praised the commission, and during that visit Telu also met Deputy Chairman Kesto Lunn to discuss trade.`;
    const met = meetingsOf(text);
    expect(met).toContain("Kesto Lunn + Varan Telu");
    expect(met).not.toContain("Aldor Varis + Kesto Lunn");
  });
});

describe("a phrase of time whose modifier the tagger reads as a noun", () => {
  // "During a two-day official visit he held talks with …" (read22 r924): "official" tagged a noun is still the visit's modifier.
  it("returns the contact of the name after 'During a two-day official visit' with no comma (made-up names)", () => {
    const text = `${LEAD}\n\nDuring a two-day official visit Telu held talks with President Aldor Varis.`;
    expect(meetingsOf(text)).toContain("Aldor Varis + Varan Telu");
  });
});
