/**
 * @module What may stand in a contact's slot before or between its people (read20 and older read sets, real pages):
 * a place set right after the verb ("received in Tarsk Mr. X"), a possessive written with the apostrophe
 * alone ("between Cyprus' Minister X and …"), a list of titled names that is one contact of all, and a group
 * phrase that ends where "on behalf of" begins.
 */
import { describe, expect, it } from "vitest";
import { articleIndex, meetingsIn } from "./helpers";

describe("a place set between the verb and the one received", () => {
  it("returns the contact of 'received in <city> Mr. X' (read20 r701, Moroccan ministry)", () => {
    const text =
      "Morocco's Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita, on Monday received in Rabat Mr. Alfred Okoe Vanderpuije, who chairs the Committee on Foreign Affairs and Regional Integration of the Parliament of Ghana.";
    expect(meetingsIn(text, "2025-05-20")).toEqual(["Alfred Okoe Vanderpuije + Nasser Bourita"]);
  });

  it("returns the contact of 'received in his office Mr. X' (read17 q402, Ethiopian ministry)", () => {
    const text =
      "Addis Ababa, 10 March 2026 – The State Minister of Foreign Affairs, Ambassador Hadera Abera, today received in his office Mr. Abdulaziz Hamadah, Chargé d'Affaires of the Embassy of the State of Kuwait.";
    expect(meetingsIn(text, "2026-03-10")).toEqual(["Abdulaziz Hamadah + Hadera Abera"]);
  });

  it("returns no contact with one named in a phrase after the object that is no person ('hosted in Tarsk a summit attended by Y')", () => {
    const text = "President Varan Telu hosted in Tarsk a summit attended by Foreign Minister Aldor Kemi of Orvania.";
    expect(meetingsIn(text, "2025-05-20")).toEqual([]);
  });
});

describe("a possessive of a name in -s written with the apostrophe alone", () => {
  it("returns the contact of 'a meeting in Cairo between Cyprus' Minister of Foreign Affairs X and …' (read20 r707, Cypriot news)", () => {
    const text =
      "Relations between Nicosia and Cairo were on the table on Thursday during a meeting in Cairo between Cyprus' Minister of Foreign Affairs Ioannis Kasoulides and Egypt's Foreign Minister Sameh Shoukry.";
    expect(meetingsIn(text, "2022-05-26")).toEqual(["Ioannis Kasoulides + Sameh Shoukry"]);
  });

  it("returns the contact of 'In a meeting between Seychelles’ Minister for Foreign Affairs X and …' (Seychelles paper, real page; the second side's title shortened)", () => {
    const text =
      "In a meeting between Seychelles’ Minister for Foreign Affairs Jean-Paul Adam and British Minister of State Mark Simmonds, the two countries have reviewed the continued strengthening of their links.";
    expect(meetingsIn(text, "2013-04-10")).toEqual(["Jean-Paul Adam + Mark Simmonds"]);
  });

  it("still leaves out the one whose aide is met ('met Telus' delegation' stays no contact with Telus)", () => {
    const text = "President Varan Aldor received Orvanian Prime Minister Ilse Telus on Monday. Later Foreign Minister Kemi Orvel met Telus' delegation.";
    const met = meetingsIn(text, "2025-05-20");
    expect(met).toContain("Ilse Telus + Varan Aldor");
    expect(met).not.toContain("Ilse Telus + Kemi Orvel");
  });
});

describe("a list of titled names after one contact word", () => {
  it("returns one talks of all for 'held talks with Foreign Minister A, Defence Minister B and the delegation' (read20 r710, wire)", () => {
    const text =
      "TRIPOLI, May 4, 2021 (Newswire) - The head of Libya's Presidential Council, Mohamed Menfi, held talks yesterday, Monday 3 May, with Turkish Foreign Minister Mevlüt Çavuşoğlu, Defence Minister Hulusi Akar and the government delegation travelling with them, the council's media office said in a statement.";
    expect(meetingsIn(text, "2021-05-04")).toEqual(["Hulusi Akar + Mevlüt Çavuşoğlu + Mohamed Menfi"]);
  });

  it("still returns a contact with each for names each followed by an office of their own ('meet A, chief of …, and B, …')", () => {
    const text =
      "President Varan Telu is scheduled to meet Aldor Kemi, chief of office of the Orvanian president, and Tarsk Orvel, Orvania's State Minister for Trade.";
    expect(meetingsIn(text, "2025-05-20", "planned")).toEqual(["Aldor Kemi + Varan Telu", "Tarsk Orvel + Varan Telu"]);
  });
});

describe("a group phrase and 'on behalf of'", () => {
  it("reads no group 'ambassadors on behalf of the Government' when the envoys are named one by one (read20 r702, State House)", () => {
    const text =
      "State House, Freetown, Thursday 8 February 2024 – The President of the Republic of Sierra Leone, His Excellency Dr Julius Maada Bio, has received two new ambassadors.\n\n" +
      "Welcoming the ambassadors on behalf of the Government and people of Sierra Leone, President Bio congratulated them on their appointments.";
    const index = articleIndex(text, "2024-02-08");
    const groups = index.meetings.flatMap((m) => m.participants.flatMap((p) => (p.kind === "group" ? [p.name] : [])));
    expect(groups.filter((g) => /behalf/.test(g))).toEqual([]);
  });
});

describe("a date written month first between the contact and its preposition", () => {
  it("returns the contact of 'took a phone call on August 20, 2021 from X' (read32 x231): the date's comma ends nothing", () => {
    const text =
      "YEREVAN, 3 July 2024 – Foreign Minister Varan Telu of Armenia met Georgian officials.\n\n" +
      "Shortly after taking office, Telu took a phone call on August 20, 2021 from Orlo Veskan, then Georgia's Foreign Minister, who congratulated him.";
    expect(meetingsIn(text, "2024-07-03")).toContain("Orlo Veskan + Varan Telu");
  });
});
