/** @module An office said with its country and no name gives that country to its one holder of unknown country. */
import { describe, expect, it } from "vitest";
import { countryIn as countryOf } from "./helpers";

describe("an office said with its country and no name, for its one holder of no known country", () => {
  it("returns the country of 'the Estonian minister said' for the one minister of no country (devC m012, an Estonian public broadcaster)", () => {
    const text =
      "Foreign Minister Rush Varan spent Friday in Valletta, where he held talks with his Maltese counterpart Osk Telu.\n\n" +
      "Varan and Telu discussed energy links and the coming summit.\n\n" +
      '"We never have to talk each other round on the big questions," the Estonian minister said in a statement.';
    expect(countryOf(text, "Rush Varan")).toBe("Estonia");
    expect(countryOf(text, "Osk Telu")).toBe("Malta");
  });

  it("returns the country of 'the New Zealand High Commissioner's residence' for the High Commissioner who hosts there (devD d015, a Cook Islands daily)", () => {
    const text =
      "Prime Minister Ilan Vesk of the Cook Islands opened the new harbour on Thursday.\n\n" +
      "The day ends with a reception at the New Zealand High Commissioner's residence, hosted by High Commissioner Rush Varan.";
    expect(countryOf(text, "Rush Varan")).toBe("New Zealand");
  });

  it("returns no country for the one who meets the office said with its country: they are two people", () => {
    const text = "Foreign Minister Rush Varan received the Estonian foreign minister in Valletta on Monday.\n\nVaran said the talks were useful.";
    expect(countryOf(text, "Rush Varan")).not.toBe("Estonia");
  });

  it("returns no country when two ministers of no country could hold the office", () => {
    const text =
      "Foreign Minister Rush Varan and Trade Minister Osk Telu opened a fair in Valletta on Friday.\n\n" +
      '"We share the same goals," the Estonian minister said.';
    expect(countryOf(text, "Rush Varan")).not.toBe("Estonia");
    expect(countryOf(text, "Osk Telu")).not.toBe("Estonia");
  });

  it("returns no country when someone of that country already holds the office", () => {
    const text =
      "Estonian Foreign Minister Ilan Vesk met Foreign Minister Rush Varan in Valletta on Friday.\n\n" +
      '"We share the same goals," the Estonian minister said.';
    expect(countryOf(text, "Rush Varan")).not.toBe("Estonia");
  });
});

describe("an office with its country opening a clause after a comma, for its one holder named beside it", () => {
  it("returns the country of 'In the course of the trip, Georgia's deputy foreign minister held …' for the deputy minister named just before", () => {
    const text =
      "Deputy Foreign Minister Rush Varan spent two days in Finland on a working visit.\n\n" +
      "During the trip, Georgia's deputy foreign minister held talks with Finnish Foreign Minister Osk Telu.";
    expect(countryOf(text, "Rush Varan")).toBe("Georgia");
    expect(countryOf(text, "Osk Telu")).toBe("Finland");
  });

  it("returns no country for a description after a comma that is no subject of its own verb", () => {
    const text =
      "Foreign Minister Rush Varan spent two days in Finland on a working visit.\n\n" +
      "On Tuesday, he thanked the Georgian foreign minister for his letter.";
    expect(countryOf(text, "Rush Varan")).not.toBe("Georgia");
  });
});

describe("an office said with its country is not given to one who meets someone of that country", () => {
  it("returns no country from 'the Maltese foreign minister' for the host who received the Maltese president", () => {
    const text =
      "Foreign Minister Rush Varan received Maltese President Osk Telu in Tallinn on Monday.\n\n" +
      "The Maltese foreign minister said the talks had been useful.";
    expect(countryOf(text, "Rush Varan")).not.toBe("Malta");
  });
});

describe("an office with its country opening a sentence, for its one holder named beside it", () => {
  it("returns Estonia for the vice president a lead calls 'Estonia's vice president' before naming him (a delayed identification)", () => {
    const text =
      "Estonia's vice president held a day of talks in Tarsk ahead of the inauguration.\n\n" +
      "Vice President Rush Varan, who is in Orvane as President Osk Telu's special envoy, met the outgoing head of state on Monday.\n\n" +
      "Varan said relations had never been closer.";
    expect(countryOf(text, "Rush Varan")).toBe("Estonia");
    // The president is another post than the vice president's: the description is not his.
    expect(countryOf(text, "Osk Telu")).not.toBe("Estonia");
  });
});
