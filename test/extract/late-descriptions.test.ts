/** @module Descriptions fitted once people have countries: "his Maltese counterpart", "the visiting Cuban diplomat". */
import { describe, expect, it } from "vitest";
import { meetingsIn } from "./helpers";

describe("'his [Maltese] counterpart' for the one holder of the owner's post in another country", () => {
  it("returns the meeting with the one prime minister of unknown country for 'he met his Maltese counterpart' (corpus c049, a Pakistani daily)", () => {
    const text =
      "Belarusian Prime Minister Osk Telu arrived in Valletta on Monday.\n\n" +
      "The visit is at the invitation of Prime Minister Rush Varan.\n\n" +
      "Last month Telu was in Rome, where he met his Maltese counterpart along with other leaders.";
    expect(meetingsIn(text, "2024-11-21")).toContain("Osk Telu + Rush Varan");
  });

  it("returns the foreign minister, not the health minister, for 'his counterpart' with no country", () => {
    const text =
      "Cuban Foreign Minister Rush Varan arrived in Valletta on Monday for a two-day visit.\n\n" +
      "Maltese Foreign Minister Osk Telu and Maltese Health Minister Ilan Vesk opened a trade fair in the capital earlier in the day.\n\n" +
      "On Tuesday, Varan held talks with his counterpart at the ministry.";
    const met = meetingsIn(text, "2024-11-21");
    expect(met).toContain("Osk Telu + Rush Varan");
    expect(met.join(" ")).not.toMatch(/Vesk/);
  });

  it("returns no meeting when two people fit 'his counterpart'", () => {
    const text =
      "Belarusian Prime Minister Osk Telu arrived in Valletta on Monday.\n\n" +
      "Prime Minister Rush Varan and Prime Minister Ilan Vesk opened a trade fair in the capital earlier in the day.\n\n" +
      "On Tuesday, Telu held talks with his counterpart at the ministry.";
    expect(meetingsIn(text, "2024-11-21").join(" ")).not.toMatch(/Telu/);
  });
});

describe("'the visiting Cuban diplomat' for the one Cuban of the article with an office", () => {
  it("returns the meeting of the one Cuban official (devD d018, a Pakistani agency)", () => {
    const text =
      "Cuba and Malta held a round of political consultations in Valletta on Tuesday.\n\n" +
      "The Maltese side was led by Ambassador Ilan Vesk, Additional Secretary for the Americas.\n\n" +
      "The Cuban side was headed by Ambassador Rush Varan, Director General for Europe at the Cuban Foreign Ministry.\n\n" +
      "While in Valletta, the visiting Cuban diplomat was also received by Foreign Secretary Osk Telu.";
    expect(meetingsIn(text, "2024-11-21")).toContain("Osk Telu + Rush Varan");
  });

  it("returns no meeting when two Cubans of the article hold offices", () => {
    const text =
      "Cuba and Malta held a round of political consultations in Valletta on Tuesday.\n\n" +
      "The Cuban side was headed by Ambassador Rush Varan and Director General Ilan Vesk.\n\n" +
      "While in Valletta, the visiting Cuban diplomat was also received by Foreign Secretary Osk Telu.";
    expect(meetingsIn(text, "2024-11-21").join(" ")).not.toMatch(/Telu/);
  });
});

describe("'his guest', 'her host' for the one person of another country named with the owner before", () => {
  it("returns the earlier meeting 'the two leaders last met' tells, of the host and his guest", () => {
    const text =
      "Cuban President Rush Varan received Maltese Prime Minister Osk Telu in Havana on Monday 18 November 2024.\n\n" +
      "Varan thanked his guest for the visit, recalling that the two leaders last met in Valletta in May 2023.";
    expect(meetingsIn(text, "2024-11-21").filter((m) => m === "Osk Telu + Rush Varan")).toHaveLength(2);
  });

  it("returns no second meeting when two people of other countries were named with the owner", () => {
    const text =
      "Cuban President Rush Varan received Maltese Prime Minister Osk Telu and Greek Prime Minister Ilan Vesk in Havana on Monday 18 November 2024.\n\n" +
      "Varan thanked his guest for the visit, recalling that the two leaders last met in Valletta in May 2023.";
    expect(meetingsIn(text, "2024-11-21")).toHaveLength(1);
  });
});

describe("'the <demonym> visitor' for the one person of that country named before, not its resident envoy", () => {
  it("returns the planned receptions of 'A, B and C would each receive the Russian visitor' as his, none of the sayer's (read35 x314, read34 x287, read23 s107)", () => {
    const text =
      "HANOI - Russian Foreign Minister Oleg Varan began a visit to Vietnam on Sunday, holding talks with Foreign Minister Vuong Telu.\n\n" +
      "Varan was welcomed at the airport by Gennady Kesto, Russia's ambassador in Hanoi.\n\n" +
      "Telu noted that Party General Secretary Nguyen Orvel and Prime Minister Pham Ilan would each receive the Russian visitor on Monday.";
    const planned = meetingsIn(text, "2023-10-15", "planned");
    expect(planned).toEqual(["Nguyen Orvel + Oleg Varan", "Oleg Varan + Pham Ilan"]);
  });
});
