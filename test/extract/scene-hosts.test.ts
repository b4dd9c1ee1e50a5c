import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

// Made-up people on a tour of real countries: the officials a leg's sentence names after the country it sets its scene in
// are that country's (read30 x177, read32 x232, read28 x136, read19 r611 tell a tour so).
const countryOf = (text: string, name: string) => personNamed(extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]), name)?.country;

const TOUR = "Japanese Foreign Minister Varan Telu ended a tour of Brazil, Uruguay and Chile on Friday.";

describe("the hosts of a leg of a journey", () => {
  it("gives those met after 'In <country>,' that country", () => {
    const text = `${TOUR}\n\nIn Uruguay, Telu held talks with Foreign Minister Kestas Orvel and was received by President Halvik Ostra.\n\nIn Chile he met business leaders.`;
    expect(countryOf(text, "Kestas Orvel")).toBe("Uruguay");
    expect(countryOf(text, "Halvik Ostra")).toBe("Uruguay");
    expect(countryOf(text, "Varan Telu")).toBe("Japan");
  });

  it("gives those met after 'moves on to <country> for talks with' that country", () => {
    const text = "Foreign Minister Varan Telu of Serbia began a Baltic tour in Lithuania on Tuesday.\n\nOn Thursday he moves on to Estonia for talks with Foreign Minister Kestas Orvel.";
    expect(countryOf(text, "Kestas Orvel")).toBe("Estonia");
  });

  it("gives those met after 'will be in <country>, where' that country, not the traveller the pronoun names", () => {
    const text = "PUTRAJAYA, May 29 -- Foreign Minister Varan Telu begins a visit to Sweden, Denmark and Norway today.\n\nOn June 1 he will be in Denmark, where he will meet Foreign Minister Kestas Orvel.";
    expect(countryOf(text, "Kestas Orvel")).toBe("Denmark");
    expect(countryOf(text, "Varan Telu")).not.toBe("Denmark");
  });

  it("gives no country to the one named between the scene and the contact, the visitor", () => {
    const text = "Foreign Minister Varan Telu is on a tour of the region.\n\nIn Uruguay, Telu was received by President Kestas Orvel.";
    expect(countryOf(text, "Varan Telu")).not.toBe("Uruguay");
    expect(countryOf(text, "Kestas Orvel")).toBe("Uruguay");
  });

  it("gives no country for a scene set in a city, where any country's guests meet", () => {
    const text = `${TOUR}\n\nIn Geneva, Telu held talks with Foreign Minister Kestas Orvel.`;
    expect(countryOf(text, "Kestas Orvel")).not.toBe("Switzerland");
  });

  it("gives no country at a gathering of several states", () => {
    const text = `${TOUR}\n\nIn Brazil, Telu held talks with Foreign Minister Kestas Orvel on the sidelines of the summit.`;
    expect(countryOf(text, "Kestas Orvel")).not.toBe("Brazil");
  });
});
