import { describe, expect, it } from "vitest";
import { countryRecorder, READ } from "../../src/extract/country-from";
import { extractIndex } from "../../src/extract/index";
import type { LocalPerson } from "../../src/extract/people";

/** A made-up article: countries read with a title, with a possessive set off by commas, and none for a prime minister the text places nowhere. */
const ARTICLE = ` date 2024-03-14 OSLO — Norwegian Foreign Minister Kari Brenna received Danish Ambassador Lise Holm in Oslo on Tuesday.

Brenna later held talks with Prime Minister Ivo Radanic, who was on a visit to Norway. Sweden's envoy, Oren Talvik, also called on her.
`;
const index = extractIndex([{ file: "seeds/911_country_from.txt", text: ARTICLE }]);
const person = (name: string) => index.people.find((p) => p.name.includes(name));

describe("countryFrom: which step gave a person's country", () => {
  it("returns the office's reading for a country written in the title before the name, on the person and the office", () => {
    expect(person("Brenna")).toMatchObject({ country: "Norway", countryFrom: "office/title" });
    expect(person("Brenna")?.offices[0]).toMatchObject({ country: "Norway", countryFrom: "office/title" });
  });

  it("returns office/title-comma for a title closed off by a comma before the name", () => {
    expect(person("Talvik")).toMatchObject({ country: "Sweden", countryFrom: "office/title-comma" });
  });

  it("returns no step for a person of no country", () => {
    expect(person("Radanic")?.country).toBeUndefined();
    expect(person("Radanic")?.countryFrom).toBeUndefined();
  });
});

describe("countryRecorder", () => {
  const someone = (): LocalPerson => ({ name: "Varan Telu", spellings: ["Varan Telu"], shortForms: [], offices: [{ title: "Minister", sentence: 0, from: "title" }], honorifics: [] });

  it("returns the step that set a country, on the person and on the office given it in the same step", () => {
    const p = someone();
    const note = countryRecorder([p]);
    note(READ);
    p.country = "Peru";
    p.offices[0]!.country = "Peru";
    note("dateline");
    expect(p.countryFrom).toBe("dateline");
    expect(p.offices[0]!.countryFrom).toBe("dateline");
  });

  it("returns the person's step for an office given the person's country by a later step, and the later step for a country changed", () => {
    const p = someone();
    const note = countryRecorder([p]);
    p.country = "Peru";
    note(READ);
    expect(p.countryFrom).toBe("mention");
    p.offices[0]!.country = "Peru";
    note("text");
    expect(p.offices[0]!.countryFrom).toBe("mention");
    p.country = "Chile";
    note("pair");
    expect(p.countryFrom).toBe("pair");
  });

  it("returns the office's reading as the person's step when the person's country is the office's", () => {
    const p = someone();
    p.offices[0]!.country = "Peru";
    const note = countryRecorder([p]);
    note(READ);
    p.country = "Peru";
    note("text");
    expect(p.offices[0]!.countryFrom).toBe("office/title");
    expect(p.countryFrom).toBe("office/title");
  });
});
