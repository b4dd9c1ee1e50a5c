/** @module The host met at home: one of no country whom a visitor meets in a city of a country the article names is that country's. */
import { describe, expect, it } from "vitest";
import { countryIn as countryOf } from "./helpers";

describe("the host of a meeting its sentence places at home", () => {
  it("returns the city's country for the one of no country a visitor of another country meets there (read25 u111; read17, read18 twice; none wrong on the read sets)", () => {
    const text =
      "Prime Minister Osk Telu held talks with Icelandic President Rush Varan in Tokyo on Tuesday.\n\n" +
      "Telu told his guest that Japan feels close to Iceland.";
    expect(countryOf(text, "Osk Telu")).toBe("Japan");
  });

  it("returns no country when the city's country is named nowhere else: talks held in a third country's city", () => {
    const text = "Foreign Minister Osk Telu met Icelandic Foreign Minister Rush Varan in Geneva on Tuesday.\n\nThe two discussed fishing rights.";
    expect(countryOf(text, "Osk Telu")).toBeUndefined();
  });

  it("returns no country at a gathering of several states", () => {
    const text =
      "Prime Minister Osk Telu met Icelandic President Rush Varan on the sidelines of the summit in Tokyo on Tuesday.\n\n" +
      "Japan hosts the summit this year.";
    expect(countryOf(text, "Osk Telu")).not.toBe("Japan");
  });

  it("returns no country when the article names someone of a third country besides the host's and the guest's", () => {
    const text =
      "Prime Minister Osk Telu held talks with Icelandic President Rush Varan in Tokyo on Tuesday.\n\n" +
      "The two talked about Iceland-Japan ties and about the Chile-Peru railway that Chilean Transport Minister Kel Orvo has proposed.";
    expect(countryOf(text, "Osk Telu")).toBeUndefined();
  });

  it("returns the city's country when the other countries are only what was discussed (read18 r510, read24 s121: none wrong on the read sets)", () => {
    const text =
      "Prime Minister Osk Telu held talks with Icelandic President Rush Varan in Tokyo on Tuesday.\n\n" +
      "The two talked about Iceland-Japan ties and about the Chile-Peru railway.";
    expect(countryOf(text, "Osk Telu")).toBe("Japan");
  });
});
