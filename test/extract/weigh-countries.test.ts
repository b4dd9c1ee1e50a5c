/** @module One still of no country, listed after a verb with people of one country, is on their side. */
import { describe, expect, it } from "vitest";
import { countryIn as countryOf } from "./helpers";

describe("a person listed after a verb with people of one country", () => {
  it("returns the hosts' country for the ministers a visitor meets beside their prime minister (check11 k203, k207; check12 l209)", () => {
    const text =
      "Fijian Prime Minister Osk Telu began a three-day visit on Monday.\n\n" +
      "He has meetings lined up with New Zealand Prime Minister Rush Varan, Foreign Affairs Minister Ilan Vesk and the Minister of Climate Change, Halvik Orvel.";
    expect(countryOf(text, "Ilan Vesk")).toBe("New Zealand");
    expect(countryOf(text, "Halvik Orvel")).toBe("New Zealand");
  });

  it("returns the country of one's party for those who sat in on the talks (devG g205, g111)", () => {
    const text =
      "Veldian President Osk Telu received the visiting Prime Minister Rush Varan at the palace on Thursday.\n\n" +
      "Sitting in on the talks were Coordinating Minister Ilan Vesk, State Secretary Halvik Orvel and Indonesian Foreign Minister Kestas Tarsk.";
    expect(countryOf(text, "Ilan Vesk")).toBe("Indonesia");
    expect(countryOf(text, "Halvik Orvel")).toBe("Indonesia");
  });

  it("returns no country for one listed 'between' them with one of a country: the two are sides", () => {
    const text = "The minister recalled the talks between Indonesian President Osk Telu and Prime Minister Rush Varan last year.";
    expect(countryOf(text, "Rush Varan")).toBeUndefined();
  });

  it("returns no country for one listed with a holder of the same post: the two are counterparts", () => {
    const text = "The ministers carried out the decisions taken by Presidents Kestas Tarsk of Indonesia and Ilan Vesk.";
    expect(countryOf(text, "Ilan Vesk")).toBeUndefined();
  });
});
