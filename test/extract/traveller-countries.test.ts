/** @module The traveller to one country of a story of two countries is the other's official: never one going home, nor a post the other side's known official holds. */
import { describe, expect, it } from "vitest";
import { countryIn } from "./helpers";

// Made-up people; the story's two countries written in its title, the Uzbek side's people known from their titles.
const TITLE = "Kazakhstan, Uzbekistan agree to widen trade";
const LEAD = "Uzbek Foreign Minister Rush Varan and Uzbek President Ilan Vesk want closer ties with their neighbour, the ministry said on Monday.";
const story = (...sentences: string[]): string => `${TITLE}\n\n${LEAD}\n\n${sentences.join(" ")}`;

describe("a traveller in a story of two countries", () => {
  it("returns the other country for one who travels to a city of one side (read16 q202, a Macedonian agency; read17 q416, a Japanese daily)", () => {
    expect(countryIn(story("In May, Trade Minister Osk Telu travelled to Tashkent and signed a plan with Rush Varan."), "Osk Telu")).toBe("Kazakhstan");
    expect(countryIn(story("Prime Minister Osk Telu was in the Uzbek capital for the opening of a plant."), "Osk Telu")).toBe("Kazakhstan");
  });

  it("returns the other country for the one whose visit the text tells after 'by', or who is to pay it (read18 r509, a ministry's page; read17 q407; read16 q201)", () => {
    expect(countryIn(story("The talks prepare an official visit to Uzbekistan by the Prime Minister of the Republic, Kestas Orvel."), "Kestas Orvel")).toBe("Kazakhstan");
    expect(countryIn(story("They reviewed the plans for the visit that Prime Minister Kestas Orvel is to pay to Uzbekistan."), "Kestas Orvel")).toBe("Kazakhstan");
  });

  it("returns the other country for one whose visit the text names with a possessive or 'of', or who leaves for a side (devG g106, read20 r711 and r717, read18 r524)", () => {
    expect(countryIn(story("The talks follow President Osk Telu's first state visit to Tashkent last May."), "Osk Telu")).toBe("Kazakhstan");
    expect(countryIn(story("They recalled the visit of President Osk Telu to Tashkent in 2019."), "Osk Telu")).toBe("Kazakhstan");
    expect(countryIn(story("Trade Minister Osk Telu left for Tashkent on Sunday."), "Osk Telu")).toBe("Kazakhstan");
    expect(countryIn(story("Trade Minister Osk Telu is heading to Tashkent next week."), "Osk Telu")).toBe("Kazakhstan");
  });

  it("returns no country for the owner of one who travels, nor for one whose visit of another the text tells", () => {
    expect(countryIn(story("President Osk Telu's envoy was in Tashkent on Monday."), "Osk Telu")).toBeUndefined();
    expect(countryIn(story("President Osk Telu recalled the visit of Rush Varan to Astana."), "Osk Telu")).toBeUndefined();
  });

  it("returns no country for one who goes home, or whose post the other side's known official holds", () => {
    expect(countryIn(story("Prime Minister Osk Telu returned to Tashkent on Friday."), "Osk Telu")).toBeUndefined();
    expect(countryIn(story("Kazakh Trade Minister Aldor Kest signed the plan.", "Trade Minister Osk Telu travelled to Tashkent in May."), "Osk Telu")).toBeUndefined();
  });

  it("returns no country for one told travelling to both sides, or in a story of no two countries", () => {
    expect(countryIn(story("Trade Minister Osk Telu flew to Tashkent in May.", "In June, Telu travelled to Astana."), "Osk Telu")).toBeUndefined();
    const three = `Leaders gather in Tashkent\n\nUzbek Foreign Minister Rush Varan hosted the Kazakh and Mongolian foreign ministers on Monday.\n\nTrade Minister Osk Telu travelled to Tashkent for the meeting.`;
    expect(countryIn(three, "Osk Telu")).toBeUndefined();
  });
});
