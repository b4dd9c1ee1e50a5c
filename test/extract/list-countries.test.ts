/** @module Countries tied to people by a construction: a country over a list of titled names (never the second side of "between", nor a second holder of one post); a message's sender of the country of its bearer, never of its receiver. */
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

describe("a message's sender takes the country of the one who brings it, never of the one who receives it", () => {
  it("returns the bearer's country for the sender of greetings conveyed, in a participle and for each sender joined by 'and' (devB k019, an Indian agency)", () => {
    const text = "Angolan Ambassador Dara Kolm called on President Rush Varan, conveying the warm greetings of Prime Minister Osk Telu and President Ilan Vesk.";
    expect(countryOf(text, "Osk Telu")).toBe("Angola");
    expect(countryOf(text, "Ilan Vesk")).toBe("Angola");
    expect(countryOf(text, "Rush Varan")).not.toBe("Angola");
  });

  it("returns the country of the one who handed the letter in a relative clause, or by whom it was handed (devC m016, a Bahraini agency; corpus c027, a Jordanian agency)", () => {
    expect(countryOf("Maltese President Rush Varan received Angola's ambassador Ilan Vesk, who handed him a letter from King Osk Telu.", "Osk Telu")).toBe("Angola");
    expect(countryOf("A letter from King Osk Telu was handed to Maltese President Rush Varan on Wednesday by Angolan Minister Ilan Vesk, whom the President received.", "Osk Telu")).toBe("Angola");
  });

  it("returns no country of the receiver for the sender of a message received, nor for the envoy who delivered it", () => {
    const text = "Maltese President Rush Varan received a message from King Osk Telu, delivered by Ambassador Ilan Vesk.";
    expect(countryOf(text, "Osk Telu")).not.toBe("Malta");
    expect(countryOf(text, "Ilan Vesk")).not.toBe("Malta");
    expect(countryOf("Maltese President Rush Varan received a letter from King Osk Telu on Monday.", "Osk Telu")).not.toBe("Malta");
  });
});
