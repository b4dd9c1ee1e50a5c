import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

// Made-up heads of state on a national ministry's page: protocol names one's own head first.
const countryOf = (text: string, name: string) => personNamed(extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]), name)?.country;
const PAIR = "The two ministers reviewed how to carry out the decisions taken by President Varan Telu and President Kestas Orvel, among them a plan to double trade.";
const PLURAL = "The two ministers reviewed how to carry out the decisions taken by Presidents Varan Telu and Kestas Orvel, among them a plan to double trade.";

describe("two heads of one post named together on a national page", () => {
  it("gives the first named the page's country and the second none of it", () => {
    const text = `Government of Hungary | Ministry of Foreign Affairs and Trade | News\n\n${PAIR}\n\nThe talks were held in a friendly atmosphere.`;
    expect(countryOf(text, "Varan Telu")).toBe("Hungary");
    expect(countryOf(text, "Kestas Orvel")).not.toBe("Hungary");
  });

  it("reads 'Presidents A and B' as it reads 'President A and President B'", () => {
    const text = `Government of Hungary | Ministry of Foreign Affairs and Trade | News\n\n${PLURAL}\n\nThe talks were held in a friendly atmosphere.`;
    expect(countryOf(text, "Varan Telu")).toBe("Hungary");
  });

  it("gives neither a country on a page of no country", () => {
    const text = `${PAIR}\n\nThe talks were held in a friendly atmosphere.`;
    expect(countryOf(text, "Varan Telu")).toBeUndefined();
    expect(countryOf(text, "Kestas Orvel")).toBeUndefined();
  });
});
