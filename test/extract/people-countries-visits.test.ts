import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

// Made-up people in real countries, in the shapes of wire copy on a visit: who travels with whom, who hosts, who is invited.
const indexOfText = (text: string) => extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]);
const countryOf = (text: string, name: string) => personNamed(indexOfText(text), name)?.country;

describe("the party a visitor brings", () => {
  it("gives the ministers a visitor 'flew in with' the visitor's country, not the dateline's", () => {
    const text =
      "KYIV, March 20 (Wire) - Ukraine and Turkey signed deals after Ukrainian President Orvel Tarsk held talks with Turkish President Varan Telu in the Ukrainian capital.\n\nTelu flew in with a large team: Deputy Prime Minister Halvik Orv, Foreign Minister Kestas Marn and Economy Minister Veldo Rask all travelled with him.\n\nTarsk said Ukraine was grateful.";
    const index = indexOfText(text);
    expect(personNamed(index, "Kestas Marn")?.country).toBe("Turkey");
    expect(personNamed(index, "Veldo Rask")?.country).toBe("Turkey");
  });
});

describe("the party a leader heads, its members in a relative clause", () => {
  it("gives those of 'arrived at the head of a delegation that included' the leader's country, not the dateline's", () => {
    const text =
      "LISBON, March 13 (Wire) - Prime Minister Varan Telu of Chile opened an official visit to Portugal on Wednesday.\n\nTelu arrived at the head of a government delegation that included Deputy Prime Minister Halvik Orv and Foreign Minister Kestas Marn.";
    expect(countryOf(text, "Halvik Orv")).toBe("Chile");
    expect(countryOf(text, "Kestas Marn")).toBe("Chile");
  });

  it("gives those of \"X's delegation, which included\" X's country, not the dateline's", () => {
    const text =
      "LISBON, Aug. 12 (Wire) - Chilean Foreign Minister Varan Telu opened his country's new office in Lisbon on Thursday.\n\nTelu's delegation, which included the Welfare Minister, Halvik Orv, attended the ceremony.";
    expect(countryOf(text, "Halvik Orv")).toBe("Chile");
  });
});

describe("a country's delegation and the clause of who leads it", () => {
  it("gives the members of 'the Colombian delegation that X led to the palace included …' Colombia", () => {
    const text = "The Colombian delegation that Varan Osta led to the palace included Foreign Minister Telu Orvane and Trade Minister Halvik Velmar.";
    expect(countryOf(text, "Telu Orvane")).toBe("Colombia");
    expect(countryOf(text, "Halvik Velmar")).toBe("Colombia");
  });
});

describe("a guest is not the host's official", () => {
  it("gives no dateline country to one invited to come to it", () => {
    const text =
      "TBILISI, Dec. 24 (Wire) - Azerbaijan and Georgia reviewed pipelines as Georgian Prime Minister Orvel Tarsk received Azerbaijani Foreign Minister Varan Telu.\n\nTarsk welcomed his guest warmly and passed on an invitation for President Halvik Orv to come to Georgia in 2020.";
    expect(countryOf(text, "Halvik Orv")).not.toBe("Georgia");
  });

  it("gives no dateline country to one whose visit to it the text recalls", () => {
    const text =
      "MUSCAT, April 26 (Wire) - Iranian Foreign Minister Varan Telu arrived in Muscat on Tuesday and held talks with Omani Foreign Minister Kestas Orvel.\n\nTelu called President Halvik Rask's visit to Muscat last May a turning point for relations between the two countries.";
    expect(countryOf(text, "Halvik Rask")).not.toBe("Oman");
  });
});

describe("the host of a visit the text places nowhere", () => {
  it("gives the country the visitor stays in to the official who receives the visitor there", () => {
    const text =
      "Orvel welcomes Indonesian leader at the palace\n\nIndonesia's President Varan Telu was received by President Kestas Orvel at the palace on Thursday.\n\nThe Indonesian leader had been in Malaysia since Wednesday and was to fly home on Thursday evening.";
    expect(countryOf(text, "Kestas Orvel")).toBe("Malaysia");
  });

  it("gives nothing when the visitor's stay is at a summit of several states", () => {
    const text =
      "Indonesia's President Varan Telu was received by President Kestas Orvel on Thursday.\n\nThe Indonesian leader had been in Malaysia since Wednesday for the regional summit.";
    expect(countryOf(text, "Kestas Orvel")).toBeUndefined();
  });
});

describe("the other side named in apposition", () => {
  it("gives 'his Australian host, Prime Minister X' Australia as 'his Australian counterpart, X' does", () => {
    const text = "Japan and Australia set down a new framework on Saturday, when Prime Minister Varan Telu and his Australian host, Prime Minister Kestas Orvel, signed a joint declaration.";
    expect(countryOf(text, "Kestas Orvel")).toBe("Australia");
  });
});

describe("the body a title serves", () => {
  it("gives 'X, a spokeswoman for the Chinese foreign ministry' China, not the dateline's country", () => {
    const text =
      "NAIROBI, Jan 12 (Wire) - Kenya got its moment with China's top diplomat last week, and Kenya was pleased.\n\nTelu Varan, a spokeswoman for the Chinese foreign ministry, had told reporters in Beijing on Wednesday that the tour was meant to deepen trust.";
    expect(countryOf(text, "Telu Varan")).toBe("China");
  });
});

describe("a given name written with an accent", () => {
  it("reads 'Germán' as part of the name, not as the demonym 'German'", () => {
    const index = indexOfText("Trade Minister Germán Velmar met Foreign Minister Telu Orvane in Bogotá on Monday.");
    expect(personNamed(index, "Germán Velmar")?.country).not.toBe("Germany");
    expect(personNamed(index, "Germán Velmar")).toBeDefined();
  });
});
