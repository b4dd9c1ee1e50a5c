/**
 * @module Contacts whose other side the article leaves unnamed or names as a group (devE, devF, read sets): the
 * holders of an office in a list of countries met one by one, groups met by sitting down or in a conversation, a
 * coordinated contact verb with no subject of its own, an unnamed head of government as a subject.
 */
import { describe, expect, it } from "vitest";
import type { FactIndex } from "../../src/facts/types";
import { articleIndex } from "./helpers";

/** Every meeting of one article as "A + B", groups written as named, sorted. */
function sidesOf(text: string, published: string): string[] {
  const index: FactIndex = articleIndex(text, published);
  return index.meetings
    .map((m) =>
      m.participants
        .map((p) => (p.kind === "group" ? p.name : (index.people.find((x) => x.id === p.person)?.name ?? p.person)))
        .sort()
        .join(" + "),
    )
    .sort();
}

describe("the holders of an office in a list of countries", () => {
  it("returns one contact with each country's foreign minister of 'held bilateral meetings with the foreign ministers of A, B and C' (devE e108, ministry release)", () => {
    const text =
      "Latvian Foreign Minister Varan Telu met Tuvalu's Foreign Minister Kestas Halvik in New York on 25 September 2024.\n\n" +
      "During the assembly week the Latvian minister also held bilateral meetings with the foreign ministers of Belize, Cambodia and Trinidad and Tobago.";
    expect(sidesOf(text, "2024-09-30")).toEqual(
      expect.arrayContaining(["Foreign Minister of Belize + Varan Telu", "Foreign Minister of Cambodia + Varan Telu", "Foreign Minister of Trinidad and Tobago + Varan Telu"]),
    );
  });

  it("returns the contact with the article's own holder of the post where it names one ('holding separate meetings with the foreign ministers of A and B', devE e107, newspaper)", () => {
    const text =
      "BANGKOK - Singapore's Foreign Minister Varan Telu spent the day at the forum yesterday, holding separate meetings with the foreign ministers of Norway and Chile.\n\n" +
      "With the Norwegian Foreign Minister, Kestas Halvik, Mr Telu discussed shipping.";
    const sides = sidesOf(text, "2019-08-02");
    expect(sides).toContain("Kestas Halvik + Varan Telu");
    expect(sides).toContain("Foreign Minister of Chile + Varan Telu");
    expect(sides.join(" | ")).not.toMatch(/Minister of Norway/);
  });

  it("returns one group, not a contact with each, when the clause does not set the contacts apart", () => {
    const text = "Latvian Foreign Minister Varan Telu met the foreign ministers of Estonia and Lithuania in Riga on Friday.";
    expect(sidesOf(text, "2024-09-30").join(" | ")).not.toMatch(/Foreign Minister of Estonia/);
  });
});

describe("groups met", () => {
  it("returns the group of 'sat down with members of the Senate and later with …' up to the preposition again (devF f102, wire)", () => {
    const text =
      "MEXICO CITY - Argentine Foreign Minister Varan Telu ended a visit to Mexico on Monday.\n\n" +
      "After lunch, the Argentine minister sat down with members of the Mexican Senate and later with the heads of two ministries.";
    expect(sidesOf(text, "2022-05-30")).toContain("Varan Telu + members of the Mexican Senate");
  });

  it("returns the group of 'a long conversation with representatives of …' (devF f104, ministry release)", () => {
    const text = "Cuban Foreign Minister Varan Telu also found time for a long conversation with representatives of Italian political parties.";
    expect(sidesOf(text, "2017-06-25")).toContain("Varan Telu + representatives of Italian political parties");
  });

  it("returns the group of 'sat down with a group of former ministers' (devF f205, newspaper)", () => {
    const text = "On Wednesday, Nepal's Foreign Minister Varan Telu sat down with a group of former foreign ministers and former ambassadors to prepare the talks.";
    expect(sidesOf(text, "2024-01-05").join(" | ")).toMatch(/Varan Telu \+ group of former foreign ministers/);
  });
});

describe("a contact verb coordinated with the clause before it", () => {
  it("returns the contact of 'X arrived on Thursday, and the same day held talks with Y' (devF f102, wire)", () => {
    const text =
      "Argentine Foreign Minister Varan Telu ended a visit to Mexico on Monday.\n\n" +
      "Telu landed on Thursday, 12 May, and the same day held talks with Mexico's Foreign Secretary, Kestas Halvik.";
    expect(sidesOf(text, "2022-05-30")).toContain("Kestas Halvik + Varan Telu");
  });

  it("returns no contact for the first clause's subject when the second clause has a subject of its own", () => {
    const text = "Argentine Foreign Minister Varan Telu arrived on Thursday, and the ambassador Orvel Tarsk later held talks with Mexico's Foreign Secretary, Kestas Halvik.";
    expect(sidesOf(text, "2022-05-30")).not.toContain("Kestas Halvik + Varan Telu");
  });
});

describe("an unnamed head of government as a side", () => {
  it("returns the contact of 'The Prime Minister received X' when no one is named Prime Minister", () => {
    const text = "Latvian Foreign Minister Varan Telu arrived in Tallinn on Monday.\n\nThe Prime Minister received Telu on Tuesday.";
    expect(sidesOf(text, "2024-09-30").join(" | ")).toMatch(/Prime Minister \+ Varan Telu/);
  });
});

describe("an office set beside its holder's name", () => {
  // check11 (a Gulf news release: "with the Emir, His Highness Sheikh …") and check12 (a Maldives release: "The UAE ambassador
  // to the Maldives, Dr. …"): a style between the comma and the name keeps the description beside it, so no one is named by office.
  it("returns the named holder, not a person named by office, when a style stands between the office and the name", () => {
    const text = "DOHA — President Orvel Tarsk opened a visit to Qatar yesterday with talks at the Amiri Diwan with the Emir, His Highness Sheikh Varan bin Halvik Al Telu, on trade. After the talks, the Emir hosted Tarsk at a luncheon.";
    const sides = sidesOf(text, "2019-11-05");
    expect(sides).toContain("Orvel Tarsk + Varan bin Halvik Al Telu");
    expect(sides.join(" | ")).not.toMatch(/(?:^|\+ )Emir(?: \+|$| \|)/);
  });

  it("returns the named envoy alone when the posting and a style stand between the office and the name", () => {
    const text = "MALE, 3 March 2022 - President Orvel Tarsk received Sheikh Varan bin Halvik, the UAE Foreign Minister, at the President's Office. The UAE ambassador to the Maldives, Dr. Kestas Mohammed Telu, attended the meeting.";
    const index = articleIndex(text, "2022-03-03");
    expect(index.people.map((p) => p.name)).not.toContain("Ambassador of United Arab Emirates");
    expect(index.people.find((p) => p.name === "Kestas Mohammed Telu")?.offices?.[0]).toMatchObject({ title: "Ambassador", country: "United Arab Emirates" });
  });
});

describe("a counted or bare group", () => {
  // check11 ("met three fellow top diplomats", a wire story), devG ("had accepted the credentials of six ambassadors, among them X"),
  // heldout13 ("had also met several other Kenyan ministers", "Welcoming the diplomats, the President said"), devF ("Welcoming the
  // diplomats, X said"): a count names people one by one or not at all, and a bare group word points back; the keys write neither.
  it("returns no group contact for a count of people or a group word alone", () => {
    const text = "CAIRO, Sept 10 - Turkish Foreign Minister Varan Telu met three fellow top diplomats in the Egyptian capital on Tuesday. He had also met several other Egyptian ministers. Welcoming the diplomats, Telu said ties were strong.";
    expect(sidesOf(text, "2024-09-10")).toEqual([]);
  });

  it("returns the contact with a group its words describe", () => {
    const text = "CAIRO, Sept 10 - Turkish Foreign Minister Varan Telu met members of the Turkish community in Cairo on Tuesday.";
    expect(sidesOf(text, "2024-09-10").join(" | ")).toMatch(/members of the Turkish community.* \+ Varan Telu|Varan Telu \+ members of the Turkish community/);
  });
});
