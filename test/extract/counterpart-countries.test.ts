/** @module The other side's country for a second holder of one post in a story of two countries: counterparts named side by side, never across a third person or an owned thing. */
import { describe, expect, it } from "vitest";
import { countryIn } from "./helpers";

// Made-up people; the story's two countries written in its title, one side's president known from his title.
const TITLE = "Kazakhstan, Uzbekistan foreign ministers meet in Tashkent";
const LEAD = "Uzbek Foreign Minister Rush Varan received Kazakh Foreign Minister Osk Telu in Tashkent on Monday. Uzbek President Kestas Orvel is due to visit Astana next month.";
const story = (sentence: string): string => `${TITLE}\n\n${LEAD}\n\n${sentence}`;

describe("a second holder of a post one side's official holds, in a story of two countries", () => {
  it("returns the other country for the second of 'Presidents A and B' (devG g101, an Uzbek agency)", () => {
    expect(countryIn(story("The ministers concentrated on the decisions taken by Presidents Kestas Orvel and Ilan Vesk, among them a trade target."), "Ilan Vesk")).toBe("Kazakhstan");
  });

  it("returns the other country for the one invited by a holder of the same post, and for the one quoted beside (corpus c038, a Vietnamese daily; devH d208, a Pakistani daily)", () => {
    expect(countryIn(story("President Kestas Orvel has invited President Ilan Vesk to come to Tashkent in the spring."), "Ilan Vesk")).toBe("Kazakhstan");
    expect(countryIn(story('"President Kestas Orvel and I have agreed on a plan," President Ilan Vesk said.'), "Ilan Vesk")).toBe("Kazakhstan");
  });

  it("returns no country when a third person stands between the two, or one of them owns a thing", () => {
    expect(countryIn(story("Speaking on behalf of President Kestas Orvel, Osk Telu thanked President Ilan Vesk for his support."), "Ilan Vesk")).toBeUndefined();
    expect(countryIn(story("Varan went as President Kestas Orvel's envoy to the inauguration of President Ilan Vesk."), "Ilan Vesk")).toBeUndefined();
  });

  it("returns no country when the text writes no pair of countries", () => {
    const text = `Ministers meet in Tashkent\n\n${LEAD}\n\nThe ministers concentrated on the decisions taken by Presidents Kestas Orvel and Ilan Vesk.`;
    expect(countryIn(text, "Ilan Vesk")).toBeUndefined();
  });
});
