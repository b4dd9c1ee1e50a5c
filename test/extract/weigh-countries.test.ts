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

describe("a list of people written with semicolons, each item a name and its description", () => {
  it("returns the country of the list's known people for the items whose descriptions name none (fired right on read16, read23 twice and the corpus; none wrong)", () => {
    const text =
      "Latvian Foreign Minister Kestas Tarsk arrived in Abidjan on Monday for a working visit.\n\n" +
      "During his visit to Côte d'Ivoire, Tarsk also met Osk Telu, Chief of Staff of the President of Côte d'Ivoire; Rush Varan, adviser to the President on foreign affairs; and Ilan Vesk, Chief of Defence Staff of the Armed Forces.";
    expect(countryOf(text, "Rush Varan")).toBe("Ivory Coast");
    expect(countryOf(text, "Ilan Vesk")).toBe("Ivory Coast");
  });

  it("returns no country across a semicolon that opens another clause or names another side", () => {
    const clause = "Tarsk met Osk Telu, Indonesia's Minister of Trade; he later held talks with Rush Varan, adviser to the president.";
    expect(countryOf(clause, "Rush Varan")).toBeUndefined();
    const sides = "The talks brought together Osk Telu, Indonesia's Minister of Trade; the Malaysian delegation's chief, Rush Varan; and Ilan Vesk.";
    expect(countryOf(sides, "Ilan Vesk")).not.toBe("Indonesia");
  });
});
