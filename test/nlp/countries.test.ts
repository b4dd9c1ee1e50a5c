import { describe, expect, it } from "vitest";
import { cityNamedAfter, countryOf, gazetteerSpelling, countryOfCity, demonymOf, findCountries, isDemonym, mayOpenSurface } from "../../src/nlp/countries";

describe("findCountries", () => {
  it("returns countries named by name, other name, demonym and city, in order", () => {
    const found = findCountries("Kazakh and Chinese ministers met in Astana; Türkiye and the US agreed.");
    expect(found.map((c) => [c.country, c.kind])).toEqual([
      ["Kazakhstan", "demonym"],
      ["China", "demonym"],
      ["Kazakhstan", "city"],
      ["Turkey", "name"],
      ["United States", "name"],
    ]);
  });

  it("reads 'St' and 'St.' for the Saint of a country's name", () => {
    // "official visit to St Vincent and the Grenadines" (a Jamaican release); "St. Lucia", "St Kitts and Nevis" (Caribbean wires).
    const found = findCountries("He went on to St Vincent and the Grenadines, then St. Lucia and St Kitts and Nevis.");
    expect(found.map((c) => c.country)).toEqual(["Saint Vincent and the Grenadines", "Saint Lucia", "Saint Kitts and Nevis"]);
  });

  it("reads a state's formal name and its adjective: 'the Hellenic Republic', 'the Hellenic Parliament' (devH d201, read22 r914, r919)", () => {
    expect(findCountries("the Ambassador of the Hellenic Republic met the Deputy Speaker of the Hellenic Parliament").map((c) => c.country)).toEqual(["Greece", "Greece"]);
  });

  it("returns nothing for lower-case common words", () => {
    expect(findCountries("a turkey for us and china plates")).toEqual([]);
  });
});

describe("findCountries: bodies and texts named after a city", () => {
  it("returns no place for a city that names an organisation or an accord", () => {
    expect(findCountries("ahead of the Minsk Group talks and the Kyoto Protocol review").map((c) => c.text)).toEqual([]);
    expect(findCountries("the ministers met in Tashkent before the Shanghai Cooperation Organisation session").map((c) => c.text)).toEqual(["Tashkent"]);
  });
});

describe("countryOf", () => {
  it("returns the country of a demonym or name in any case, with or without accents", () => {
    expect(countryOf("Cuban")).toBe("Cuba");
    expect(countryOf("azerbaijani")).toBe("Azerbaijan");
    expect(countryOf("Turkiye")).toBe("Turkey");
    expect(countryOf("Syrian")).toBe("Syria");
    expect(countryOf("Beijing")).toBeUndefined();
    expect(countryOfCity("Nursultan")).toBe("Kazakhstan");
    expect(demonymOf("Cuba")).toBe("Cuban");
    expect(isDemonym("Kazakh")).toBe(true);
  });
});

describe("mayOpenSurface", () => {
  it("says which words open a name of several words, so the linker joins phrases only after them", () => {
    expect(mayOpenSurface("guinea")).toBe(true);
    expect(mayOpenSurface("south")).toBe(true);
    expect(mayOpenSurface("varan")).toBe(false);
    // a word that is not plain letters is always tried
    expect(mayOpenSurface("head of state")).toBe(true);
  });
});

describe("cityNamedAfter", () => {
  it("returns the one city that bears its country's name, and none for a larger country or a capital of another name", () => {
    expect(cityNamedAfter("Luxembourg")).toBe("Luxembourg City");
    expect(cityNamedAfter("Singapore")).toBe("Singapore");
    expect(cityNamedAfter("Guatemala")).toBeUndefined();
    expect(cityNamedAfter("Chile")).toBeUndefined();
  });
});

describe("gazetteerSpelling", () => {
  it("returns the gazetteer's city for one written with other spaces, and nothing for a town it does not know or one accented as the place writes it", () => {
    expect(gazetteerSpelling("Hà Nội")).toBe("Hanoi");
    expect(gazetteerSpelling("Ha Noi")).toBe("Hanoi");
    expect(gazetteerSpelling("Tarsk")).toBeUndefined();
    expect(gazetteerSpelling("Asunción")).toBeUndefined();
  });
});

describe("findCountries on seas and lands named after a country", () => {
  it("returns no country for 'the Korean Peninsula', 'the Indian Ocean', 'the Philippine Sea', 'the Taiwan Strait' (read26 w101, read sets)", () => {
    for (const t of ["peace on the Korean Peninsula", "security in the Indian Ocean", "drills in the Philippine Sea", "tension in the Taiwan Strait"]) expect(findCountries(t), t).toEqual([]);
  });

  it("still returns the country of the same word elsewhere in the sentence", () => {
    expect(findCountries("the Korean minister spoke of the Korean Peninsula").map((c) => c.country)).toEqual(["South Korea"]);
    expect(findCountries("the Indian Ocean island of Mauritius").map((c) => c.country)).toEqual(["Mauritius"]);
  });
});
