/** @module A country written before the first title of a list of titled names is every item's; two sides of "between", or two holders of one post, are not one list. */
import { describe, expect, it } from "vitest";
import { articleIndex, personNamed } from "./helpers";

const countryOf = (text: string, name: string): string | undefined => personNamed(articleIndex(text, "2024-09-06"), name)?.offices.find((o) => o.country)?.country ?? undefined;

describe("a possessive or demonym over a list of titled names", () => {
  it("returns the country for items whose titles hold a portfolio after a comma or a demonym of their own (devC m018, a Croatian agency)", () => {
    const text = "The talks included Croatia's Minister of the Sea, Transport and Infrastructure Rush Varan, Foreign and European Affairs Minister Osk Telu and Culture and Media Minister Ilan Vesk.";
    expect(countryOf(text, "Rush Varan")).toBe("Croatia");
    expect(countryOf(text, "Osk Telu")).toBe("Croatia");
    expect(countryOf(text, "Ilan Vesk")).toBe("Croatia");
  });

  it("returns the country for an item written as a title, a comma, then the name (devC m012, an Estonian broadcaster; devC m014, a Sudanese daily)", () => {
    const finnish = "Varan also held meetings with Finnish Prime Minister Osk Telu, Minister for European Affairs Ilan Vesk and the Speaker of the Eduskunta, Dara Kolm, as well as with Valtonen herself.";
    expect(countryOf(finnish, "Ilan Vesk")).toBe("Finland");
    expect(countryOf(finnish, "Dara Kolm")).toBe("Finland");
    const sudanese = "The delegation includes Sudan's Minister of Energy and Oil, Dr Osk Telu, the Undersecretary of Foreign Affairs, Ambassador Ilan Vesk, and the Director General of the Intelligence Service.";
    expect(countryOf(sudanese, "Osk Telu")).toBe("Sudan");
    expect(countryOf(sudanese, "Ilan Vesk")).toBe("Sudan");
  });

  it("returns no country of the first side for the second side of 'between'", () => {
    expect(countryOf("Talks between Finnish Prime Minister Rush Varan and Prime Minister Osk Telu were held in Tallinn.", "Osk Telu")).not.toBe("Finland");
    expect(countryOf("A meeting between Finnish Prime Minister Rush Varan and the Speaker of the Riigikogu, Osk Telu, was held on Monday.", "Osk Telu")).not.toBe("Finland");
  });

  it("returns no country of the first for a second holder of the same post: a country has one prime minister", () => {
    expect(countryOf("Finnish Prime Minister Rush Varan and Prime Minister Osk Telu met in Tallinn on Monday.", "Osk Telu")).not.toBe("Finland");
    expect(countryOf("Venezuelan Foreign Minister Rush Varan, Oil Minister Osk Telu and Finance Minister Ilan Vesk flew to Havana.", "Ilan Vesk")).toBe("Venezuela");
  });
});
