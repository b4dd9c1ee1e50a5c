import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

// Made-up people in real countries, in the shapes of the headlines, communiqués and agency copy the constructions come from.
const indexOfText = (text: string) => extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]);

describe("whom one meets is of another country", () => {
  it("gives no country to the subject of 'A meets Veldia's outgoing and incoming presidents'", () => {
    // shapes of a presidency's headline and an agency's headline: "<name> meets|hosts <country>'s outgoing|new …"
    const index = indexOfText("Varan Telmo meets Paraguay's outgoing and incoming presidents\n\nVice President Varan Telmo sat down with President Kestas Orvel on Monday.");
    expect(personNamed(index, "Varan Telmo")?.country).not.toBe("Paraguay");
    const hosts = indexOfText("Halvik Osei hosts Senegal's new leader\n\nPresident Halvik Osei received President Telu Faye at the Jubilee House on Friday.");
    expect(personNamed(hosts, "Halvik Osei")?.country).not.toBe("Senegal");
  });

  it("still gives the subject the country whose thing it expresses: 'A expressed Turkey's appreciation'", () => {
    const index = indexOfText("Minister Orvel Ventin expressed Turkey's appreciation for the support during the talks in Ankara.");
    expect(personNamed(index, "Orvel Ventin")?.country).toBe("Turkey");
  });
});

describe("a list of countries with an article before one of them", () => {
  it("takes 'Qatar, the United Arab Emirates and Saudi Arabia' as a list, not the pair of the article's sides", () => {
    // shapes of a ministry communiqué on a tour and a wire report on a regional deal: "A, the B and C"
    const index = indexOfText(
      "Foreign Minister Varan Adjo completed a mission to Qatar, the United Arab Emirates and Saudi Arabia.\n\nIn Dubai, Minister Adjo held talks with Sheikh Telu bin Zayed, Minister of Foreign Affairs of the United Arab Emirates.\n\nThe Minister then went on to Riyadh.",
    );
    expect(personNamed(index, "Varan Adjo")?.country).not.toBe("Saudi Arabia");
  });
});

describe("a head of state's spouse", () => {
  it("reads 'First Lady A' as A holding the title First Lady, not a name 'Lady A'", () => {
    // shapes of a state-visit report and a presidency's release: "accompanied by First Lady <name>"
    const index = indexOfText("Philippine President Varan Marcelo arrived in Hanoi on Monday. He is accompanied by First Lady Telu Arvena-Marcelo and Foreign Secretary Kestas Manol.");
    const lady = personNamed(index, "Telu Arvena-Marcelo");
    expect(lady?.offices.map((o) => o.title)).toContain("First Lady");
    expect(lady?.name).toBe("Telu Arvena-Marcelo");
  });
});

describe("the one who receives envoys' credentials", () => {
  it("gives the receiver the country of the place of the ceremony, with the envoys named one by one or as a group", () => {
    // shapes of a presidency's release and a national daily's report: "President X received the letters of credence of … at State House, <capital>"
    const one = indexOfText("President Varan Hikemba received the letters of credence of Ambassador Telu Orvane of Sweden at State House in Lusaka on Tuesday.");
    expect(one.people.find((p) => p.name === "Varan Hikemba")?.country).toBe("Zambia");
    const group = indexOfText("President Kestas Tanubo on Thursday accepted the letters of credence of seventeen ambassadors and four high commissioners at a ceremony in the State House in Abuja.");
    expect(group.people.find((p) => p.name === "Kestas Tanubo")?.country).toBe("Nigeria");
  });

  it("gives no country when the envoys' posting and the place of the ceremony disagree", () => {
    const index = indexOfText("President Varan Hikemba received the letters of credence of Sweden's Ambassador to Malawi, Telu Orvane, at a hotel in Lusaka on Tuesday.");
    expect(index.people.find((p) => p.name === "Varan Hikemba")?.country).toBeUndefined();
  });
});

describe("title and institution words are no names", () => {
  it("reads no person 'Debate', 'Administrative' or 'Responsible' out of a title or an event", () => {
    const names = (text: string) => indexOfText(text).people.map((p) => p.name);
    expect(names("The minister is due to address the General Debate on September 26.")).toEqual([]);
    expect(names("He was welcomed at the airport by Varan Telu, the Chief Administrative Secretary in the Ministry of Foreign Affairs.")).toEqual(["Varan Telu"]);
    const index = indexOfText("Varan Telu held talks with Oman's Minister Responsible for Foreign Affairs, Kestas bin Orvel, in Muscat.");
    expect(index.people.map((p) => p.name)).not.toContain("Responsible");
    expect(personNamed(index, "Kestas bin Orvel")?.offices.map((o) => o.title)).toContain("Minister Responsible for Foreign Affairs");
  });
});

describe("the one a visit to the dateline's country is by", () => {
  it("gives no dateline country to the visitor named after 'a visit to <country> by'", () => {
    // shapes of an agency report and a ministry release: "prepares a visit to <country> by President <name>", "the first visit to <country> by <title> <name>"
    const index = indexOfText(
      "DOHA, May 2 (Wire) – Minister of State Osk Telu received the Somali ambassador in Doha on Sunday.\n\nThe talks prepared the ground for a visit to Qatar by President Kestas Varan, expected in the coming days.",
    );
    expect(personNamed(index, "Kestas Varan")?.country).not.toBe("Qatar");
    expect(personNamed(index, "Osk Telu")?.country).toBe("Qatar");
  });
});

describe("a bare prime minister in a report filed from a state that has none", () => {
  it("gives the dateline's country to no 'Prime Minister X' where a president heads the government (exchange61 x835, exchange62 x881)", () => {
    const ankara = indexOfText(
      "ANKARA, March 9 (Wire) - Turkish President Halvik Osei received Israeli President Varan Telmo at the presidential complex in Ankara on Wednesday.\n\nTelmo, whose post is largely ceremonial, coordinated the trip with Prime Minister Kestas Orvel and Foreign Minister Ana Lind.",
    );
    expect(personNamed(ankara, "Kestas Orvel")?.country).not.toBe("Turkey");
    // (a state with a prime minister still gives its own: "NEW DELHI — … Prime Minister X")
    const delhi = indexOfText("NEW DELHI, March 9 (Wire) - Prime Minister Kestas Orvel received the visiting Foreign Minister of Peru, Varan Telmo, in New Delhi on Wednesday. India and Peru agreed to expand trade.");
    expect(personNamed(delhi, "Kestas Orvel")?.country).toBe("India");
  });
});

describe("a prime minister in a state's years without one", () => {
  it("keeps the dateline's country for a prime minister of a year the state still had one ('ANKARA, 2016 — Prime Minister X')", async () => {
    const { lacksPost } = await import("../../src/nlp/national-bodies");
    expect(lacksPost("Turkey", "Prime Minister", 2022)).toBe(true);
    expect(lacksPost("Turkey", "Prime Minister", 2016)).toBe(false);
    expect(lacksPost("India", "Prime Minister", 2022)).toBe(false);
    expect(lacksPost("Turkey", "Foreign Minister", 2022)).toBe(false);
  });
});
