import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

// Made-up heads of state at real capitals: one who receives at a head of state's seat is that state's.
const countryOf = (text: string, name: string) => personNamed(extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]), name)?.country;

describe("a head of state at their own seat", () => {
  it("gives one who receives letters of credence 'at State House, <city>' the city's country", () => {
    const text =
      "Five new envoys began their tours of duty on Wednesday, after President Varan Telu accepted their letters of credence in a ceremony at State House, Lusaka.\n\nThe envoys came from Orvane, Tarsk and three other states.";
    expect(countryOf(text, "Varan Telu")).toBe("Zambia");
  });

  it("gives one who receives envoys 'at the Presidential Palace in <city>' the city's country", () => {
    const text =
      "President Kestas Halvik received four new envoys at the Presidential Palace in Hanoi on Tuesday.\n\nHalvik told them he looked forward to working with them.";
    expect(countryOf(text, "Kestas Halvik")).toBe("Vietnam");
  });

  it("gives no country to a guest received there", () => {
    const text =
      "President Orvel Tarsk was received at the Presidential Palace in Hanoi on Monday, where the two leaders held talks.\n\nThe talks covered trade.";
    expect(countryOf(text, "Orvel Tarsk")).not.toBe("Vietnam");
  });

  it("gives no country to a visitor who arrives there", () => {
    const text = "President Orvel Tarsk arrived at State House, Lusaka, on Monday for talks on trade.\n\nThe talks lasted two hours.";
    expect(countryOf(text, "Orvel Tarsk")).not.toBe("Zambia");
  });
});
