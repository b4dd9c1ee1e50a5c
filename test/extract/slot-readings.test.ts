/**
 * @module Sides of a contact the frames' slots read through words around them: an aside after the
 * preposition, a portfolio in lower case, a pair each with "of" and a country, a phrase opening the
 * clause, an infinitive after a call, the subject of a clause of time a pronoun stands for, and one named in apposition
 * after another's predecessor or envoy ("with Aram's predecessor, Orvel Dunn").
 * Made-up people and sentences of the shapes the read and check sets showed.
 */
import { describe, expect, it } from "vitest";
import { articleIndex, meetingsIn } from "./helpers";

const ARRIVAL = "Veldian Foreign Minister Varan Kest arrived in Tarsk on Sunday. Foreign Office spokesman Orvel Dunn said the talks would cover trade.";

describe("the slots of a contact", () => {
  it("returns a call for 'telephoned Y to congratulate him', and no contact for 'called on Y to resign'", () => {
    expect(meetingsIn("Veldian President Varan Kest telephoned Orvanian President Telu Aram to congratulate him on his re-election.", "2025-05-06")).toEqual(["Telu Aram + Varan Kest"]);
    expect(meetingsIn("Veldian opposition leader Varan Kest called on Orvanian President Telu Aram to resign.", "2025-05-06")).toEqual([]);
  });

  it("returns the courtesy call of 'called on Y this morning, the last engagement of a visit to Tarsk'", () => {
    const text = `${ARRIVAL} Kest called on Orvane's Prime Minister Telu Aram this morning, the last engagement of a visit to Tarsk that ran from 3 to 6 June.`;
    expect(meetingsIn(text, "2025-06-06")).toContain("Telu Aram + Varan Kest");
  });

  it("returns the planned talks of 'will also hold talks with, among others, Prime Minister Y'", () => {
    const text = `${ARRIVAL} The minister will also hold talks with, among others, Prime Minister Telu Aram.`;
    expect(meetingsIn(text, "2025-06-06", "planned")).toContain("Telu Aram + Varan Kest");
  });

  it("returns the contact of 'met yesterday with Orvane's deputy prime minister for European integration, Y'", () => {
    const text = "Veldia's foreign minister, Varan Kest, met yesterday with Orvane's deputy prime minister for European integration, Telu Aram, who is in Tarsk on a visit.";
    expect(meetingsIn(text, "2025-06-06")).toEqual(["Telu Aram + Varan Kest"]);
  });

  it("returns the pair of 'Foreign Minister X of Chile and Foreign Minister Y of Peru met', and keeps 'Minister of Trade and Industry Y' one title", () => {
    expect(meetingsIn("Foreign Minister Varan Kest of Chile and Foreign Minister Telu Aram of Peru met in Tarsk on Monday to discuss trade.", "2025-05-06")).toEqual(["Telu Aram + Varan Kest"]);
    expect(meetingsIn("Varan Kest met the Minister of Trade and Industry Telu Aram in Tarsk on Monday.", "2025-05-06")).toEqual(["Telu Aram + Varan Kest"]);
  });
});

describe("a side named beside its description", () => {
  it("returns the contact with the one named after 'the Ambassador of Chile in Tarsk,', not with the office alone", () => {
    for (const honorific of ["", "H.E. "]) {
      const met = meetingsIn(`President Telu Aram received the Ambassador of Chile in Tarsk, ${honorific}Orvel Dunn, on Monday.`, "2025-05-06");
      expect(met).toEqual(["Orvel Dunn + Telu Aram"]);
    }
  });

  it("returns the talks of 'talks between A and B were held' where the tagger reads 'talks' as a verb", () => {
    const text = "Veldian Foreign Minister Varan Kest arrived in Tarsk on Sunday. Orvanian President Telu Aram welcomed the visit. In Tarsk yesterday, separately talks between Kest and Aram were held behind closed doors.";
    expect(meetingsIn(text, "2025-05-06")).toContain("Telu Aram + Varan Kest");
  });
});

describe("a side named after someone's predecessor or envoy", () => {
  // shapes of a wire report ("held talks in Berlin with <surname>'s predecessor, <name>") and a national daily
  // ("<surname> did meet <surname>'s predecessor, <name>, in May 2024"): the one named is met, not the owner.
  it("returns the contact with the one named after 'X's predecessor,', and none with X", () => {
    const talks = "German Foreign Minister Telu Aram received New Zealand Foreign Minister Varan Kest in Tarsk on Monday. Kest was last in Germany in November 2024, when he held talks in Berlin with Aram's predecessor, Orvel Dunn, on the Pacific.";
    expect(meetingsIn(talks, "2025-06-06")).toEqual(["Orvel Dunn + Varan Kest", "Telu Aram + Varan Kest"]);
    const met = "Mexican President Telu Aram will meet Guatemalan President Varan Kest on Friday. Kest did meet Aram's predecessor, Orvel Dunn, in May 2024 in Chiapas.";
    expect(meetingsIn(met, "2025-08-11", "held")).toEqual(["Orvel Dunn + Varan Kest"]);
  });

  it("returns no contact with the owner of a delegation, and none with an aide who speaks", () => {
    const delegation = "Orvanian President Telu Aram arrived in Tarsk on Sunday. Veldian Trade Minister Varan Kest met Aram's delegation on Monday.";
    expect(meetingsIn(delegation, "2025-06-06")).not.toContain("Telu Aram + Varan Kest");
    const spoke = "Orvanian President Telu Aram arrived in Tarsk on Sunday. Veldian President Varan Kest received Aram's spokesman, Orvel Dunn said.";
    expect(meetingsIn(spoke, "2025-06-06")).not.toContain("Orvel Dunn + Varan Kest");
  });
});

describe("the one making a contact", () => {
  it("returns the courtesy call of 'During his stay X also paid a courtesy call on President Y'", () => {
    const text = `${ARRIVAL} During his stay Kest also paid a courtesy call on President Telu Aram.`;
    expect(meetingsIn(text, "2025-06-06")).toContain("Telu Aram + Varan Kest");
  });

  it("returns X's contact for 'two weeks after X flew to Tarsk, where he met Y', not the spokesman's named before", () => {
    const text = `${ARRIVAL} The visit comes two weeks after Kest flew to Halvik, where on 14 May he met Orvanian President Telu Aram.`;
    const met = meetingsIn(text, "2025-06-06");
    expect(met).toContain("Telu Aram + Varan Kest");
    expect(met.join(" ")).not.toMatch(/Dunn/);
  });
});

describe("a pair's earlier contact told with a year", () => {
  it("returns two contacts of the pair for 'met on Monday … first met in 2019', the second dated 2019", () => {
    const text = "Veldian Foreign Minister Varan Kest met Orvanian Foreign Minister Telu Aram in Tarsk on Monday. They discussed trade. Kest first met Aram in 2019 in Halvik.";
    const index = articleIndex(text, "2025-06-04");
    expect(index.meetings.map((m) => m.date?.year).sort()).toEqual([2019, 2025]);
  });

  it("returns no 2019 date for a year of another verb ('met Y to review the accord signed in 2019')", () => {
    for (const when of ["on Monday ", ""]) {
      const index = articleIndex(`Veldian Foreign Minister Varan Kest met Orvanian Foreign Minister Telu Aram in Tarsk ${when}to review the accord signed in 2019.`, "2025-06-04");
      expect(index.meetings.map((m) => m.date?.year)).toEqual([2025]);
    }
  });
});
