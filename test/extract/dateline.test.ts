import { describe, expect, it } from "vitest";
import { readDateline } from "../../src/extract/dateline";

describe("readDateline", () => {
  it("returns the place of an all-capitals dateline", () => {
    expect(readDateline("ASTANA — The Kazakh and Chinese Foreign Ministries met.")).toMatchObject({ place: "Astana", rest: "The Kazakh and Chinese Foreign Ministries met." });
  });

  it("returns place, date without year and agency of 'Nursultan, Feb 4 (RHC)'", () => {
    const d = readDateline("Nursultan, Feb 4 (RHC) Kazakhstan's minister met the ambassador.");
    expect(d).toMatchObject({ place: "Nursultan", agency: "RHC", raw: "Nursultan, Feb 4 (RHC)" });
    expect(d?.date).toEqual({ month: 2, day: 4, basis: "dateline", text: "Feb 4" });
  });

  it("returns place and agency of 'New York (ST):' and 'Tokyo (Kyodo):'", () => {
    expect(readDateline("New York (ST):  On the sidelines of the session, they met.")).toMatchObject({ place: "New York", agency: "ST" });
    expect(readDateline("Tokyo (Kyodo): Japanese Prime Minister met him.")).toMatchObject({ place: "Tokyo", agency: "Kyodo" });
  });

  it("returns a dated dateline resolved against the publication year", () => {
    const d = readDateline("PARIS, March 3 (Reuters) — French Foreign Minister spoke.", "2025-03-04");
    expect(d).toMatchObject({ place: "Paris", agency: "Reuters" });
    expect(d?.date).toMatchObject({ year: 2025, month: 3, day: 3 });
  });

  it("returns nothing for a sentence that opens with a date or a name", () => {
    // devH e202: "Mirzoyan: Moscow Talks with Lavrov Were 'Sincere and Constructive'", a headline's speaker, not a place
    expect(readDateline("Varanov: Talks in Tarsk Were Sincere and Constructive, the Minister Says")).toBeUndefined();
    expect(readDateline("BEIJING: The ministers met on Monday.")?.place).toBe("Beijing");
    expect(readDateline("On Friday, Cuban President Miguel Diaz-Canel held a meeting.")).toBeUndefined();
    expect(readDateline("China and Cuba enjoy a profound traditional friendship.")).toBeUndefined();
  });
});

describe("readDateline in agency styles", () => {
  it("returns place, date and agency of 'MOSCOW, March 9. /TASS/.' and 'BEIJING, Nov. 25 (Xinhua) --'", () => {
    expect(readDateline("MOSCOW, March 9. /TASS/. Russian Foreign Minister met him.", "2024-03-10")).toMatchObject({ place: "Moscow", agency: "TASS", date: { month: 3, day: 9 } });
    expect(readDateline("BEIJING, Nov. 25 (Xinhua) -- Chinese Premier met him.", "2024-11-26")).toMatchObject({ place: "Beijing", agency: "Xinhua", date: { year: 2024, month: 11, day: 25 } });
    expect(readDateline("WASHINGTON (AP) — Secretary of State met him.")).toMatchObject({ place: "Washington", agency: "AP" });
  });
});

describe("readDateline with a year, capitals, slashes and hyphens", () => {
  it("returns the place and full date of datelines that carry the year", () => {
    expect(readDateline("MALABO, 19 January 2017 - The President received the envoys.")).toMatchObject({ place: "Malabo", date: { year: 2017, month: 1, day: 19 } });
    expect(readDateline("APIA, 09 FEBRUARY 2024 (RNZ PACIFIC/PACNEWS) --- A statement was signed.")).toMatchObject({ place: "Apia", date: { year: 2024, month: 2, day: 9 } });
    expect(readDateline("Addis Ababa February 15/2023 /ENA/ On the margins of the session, they met.")).toMatchObject({ place: "Addis Ababa", agency: "ENA", date: { year: 2023, month: 2, day: 15 } });
    expect(readDateline("KINGSTON, JAMAICA, January 22, 2018. The Prime Minister received the ambassador.")).toMatchObject({ place: "Kingston", date: { year: 2018, month: 1, day: 22 } });
    expect(readDateline("CAIRO - 5 January 2019: The President held talks.")).toMatchObject({ place: "Cairo", date: { year: 2019 } });
  });

  it("returns the first city of a double dateline and a city closed by a hyphen", () => {
    expect(readDateline("MEXICO CITY/TORONTO, Aug 5 (Reuters) - The ministers met.")).toMatchObject({ place: "Mexico City", agency: "Reuters" });
    expect(readDateline("Baghdad - In three separate meetings, the Speaker hosted them.")).toMatchObject({ place: "Baghdad", rest: "In three separate meetings, the Speaker hosted them." });
    expect(readDateline("ALGIERS- The ministry hosted the consultations.")).toMatchObject({ place: "Algiers" });
  });

  it("returns a city in capitals whose first letters spell a month's ('MARSK -', 'DECOVA -') as the place", () => {
    expect(readDateline("MARSK - The minister received the envoy.")).toMatchObject({ place: "Marsk" });
    expect(readDateline("DECOVA - The minister received the envoy.")).toMatchObject({ place: "Decova" });
    expect(readDateline("TARSK, SEPT. 4 - The ministers met.", "2024-10-01")).toMatchObject({ place: "Tarsk", date: { month: 9, day: 4 } });
  });

  it("returns the city of a dateline with its region in brackets (APP, ANI) or its agency between slashes (MONTSAME)", () => {
    expect(readDateline("TARSK (Veldia), Aug 25 (Wire): The foreign minister arrived.", "2024-08-26")).toMatchObject({ place: "Tarsk", agency: "Wire", date: { month: 8, day: 25 } });
    expect(readDateline("Orvel (North Province) [Veldia], Oct 12 (Wire): The two leaders met.", "2024-10-12")).toMatchObject({ place: "Orvel", agency: "Wire", date: { month: 10, day: 12 } });
    expect(readDateline("Tarsk /VELDINFO/. On March 16, the minister received the envoy.")).toMatchObject({ place: "Tarsk", agency: "VELDINFO", rest: "On March 16, the minister received the envoy." });
    expect(readDateline("President Varan (left) and Telu, the two leaders, met on May 4.")).toBeUndefined();
  });

  it("returns nothing for a stamp's weekday or a name before a hyphen", () => {
    expect(readDateline("Wednesday, 27 Aug 2025 3:41 PM MYT")).toBeUndefined();
    expect(readDateline("Ahmed Saleh - the minister met him.")).toBeUndefined();
  });
});

describe("datelines of other shapes", () => {
  it("returns the city of 'AA (SAMARKAND) -' (devD d008, Anadolu) and the agency before it, as for 'ROME (AFP) -'", () => {
    expect(readDateline("AA (SAMARKAND) - Uzbek President Shavkat Mirziyoyev welcomed the chancellor.")).toMatchObject({ place: "Samarkand", agency: "AA" });
    expect(readDateline("ROME (AFP) - The talks ended.")).toMatchObject({ place: "Rome", agency: "AFP" });
  });

  it("returns the place, full date and agency of 'DUSHANBE, August 30, 2018, Asia-Plus -' (read25 u105) and 'ASTANA, May 5, Kazinform –'", () => {
    expect(readDateline("DUSHANBE, August 30, 2018, Asia-Plus - Qatar's new ambassador handed over copies of his credentials yesterday.")).toMatchObject({ place: "Dushanbe", agency: "Asia-Plus", date: { year: 2018, month: 8, day: 30 } });
    expect(readDateline("ASTANA, May 5, Kazinform – The ministers met.")).toMatchObject({ place: "Astana", agency: "Kazinform", date: { month: 5, day: 5 } });
  });

  it("returns no dateline for an editor's credit 'Editor: Kevin Schreiber' (devD d002, medcom)", () => {
    expect(readDateline("Editor: Kevin Schreiber")).toBeUndefined();
  });
  it("returns no dateline for a page's label before a colon ('From: Global Affairs Canada', read24 t117; 'Tags: …')", () => {
    expect(readDateline("From: Global Affairs Canada")).toBeUndefined();
    expect(readDateline("Tags: Diplomacy, Veldia, Orvane")).toBeUndefined();
  });
});

describe("datelines closed by '.-'", () => {
  it("returns the city of 'Havana, Cuba.-' (devA h002, Radio Reloj) and 'Barahona, Dominican Republic.-' (devD d005, DominicanToday)", () => {
    expect(readDateline("Havana, Cuba.- Cuba's Minister of Foreign Affairs received the Ambassador.")).toMatchObject({ place: "Havana", rest: "Cuba's Minister of Foreign Affairs received the Ambassador." });
    expect(readDateline("Barahona, Dominican Republic.- The presidents of the Dominican Republic and Haiti spent more than four hours closeted at the airport.")?.place).toBe("Barahona");
  });

  it("returns nothing when the word before '.-' is no country", () => {
    expect(readDateline("Smith, Jones.- The talks ended.")).toBeUndefined();
  });

  it("returns the city of a dateline that names its country or region and closes with a colon or a dash, no agency", () => {
    expect(readDateline("TARSK, Veldia: The Veldian foreign minister met his Orvanian counterpart on Monday.")).toMatchObject({ place: "Tarsk", rest: "The Veldian foreign minister met his Orvanian counterpart on Monday." });
    expect(readDateline("Tarsk, North Province: The Veldian foreign minister met his Orvanian counterpart on Monday.")?.place).toBe("Tarsk");
    expect(readDateline("Tarsk, North Province: The Veldian foreign minister met his Orvanian counterpart on Monday.")?.agency).toBeUndefined();
  });

  it("returns nothing for a speaker's name and office before a colon", () => {
    expect(readDateline("Varan Telu, Prime Minister: We will meet them next week in the capital of the country.")).toBeUndefined();
  });
});
