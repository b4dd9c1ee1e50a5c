import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { whyPersonWrong } from "../../src/cli/why-person-wrong";

/** A corpus folder of one made-up article and its key. */
function corpusOf(text: string, gold: object): string {
  const dir = mkdtempSync(join(tmpdir(), "why-person-"));
  mkdirSync(join(dir, "articles"));
  mkdirSync(join(dir, "gold"));
  writeFileSync(join(dir, "articles", "x1.txt"), text);
  writeFileSync(join(dir, "gold", "x1.json"), JSON.stringify(gold));
  return dir;
}

describe("why key people's countries and offices are wrong, counted without printing the text", () => {
  const text = "VALLETTA — Prime Minister Ana Lorvik received Foreign Minister Teo Brandt of Libya. Lorvik said Malta welcomed him. Ida Sorel, a reporter, was there.";
  const gold = {
    people: [
      { name: "Ana Lorvik", office: "Prime Minister", country: "Malta" },
      { name: "Teo Brandt", office: "Minister of Foreign Affairs", country: "Libya" },
      { name: "Ida Sorel", office: "reporter", country: "Malta" },
    ],
    meetings: [{ participants: ["Ana Lorvik", "Teo Brandt"], place: "Valletta" }],
  };
  const offices = (title: string, country: string | null) => [{ title, country, article: "x1" }];

  it("returns a counterpart's country, none read beside a naming sentence, and a key person the index lacks", () => {
    const people = [
      { name: "Ana Lorvik", articles: ["x1"], offices: offices("Prime Minister", null) },
      { name: "Teo Brandt", articles: ["x1"], offices: offices("Foreign Minister", "Malta") },
    ];
    expect(whyPersonWrong(people, corpusOf(text, gold))).toEqual({
      "country: none read; the key's country is named in a sentence naming them": 1,
      "country, the sentence's construction: the country later in the sentence, no construction ties it": 1,
      "country: wrong: a counterpart's country in a key meeting": 1,
      "person: no index person shares a last word with the key person": 1,
      "person, written as: a full name with no title before it": 1,
      "person, read as: read in full with evidence, no person made of it": 1,
    });
  });

  it("returns how a missing person is written: a byline, a list of names, a hyphenated name, an office with no name", () => {
    const article = [
      "By Mira Olsen-Vale",
      "Foreign Minister Rush Varan met the foreign ministers of Veldia and Orvane, Telu Hanno and Ilse Marrin, in Tarsk.",
      "Varan also saw Ana Kessel-Roy.",
    ].join("\n\n");
    const key = {
      people: [
        { name: "Mira Olsen-Vale", office: "reporter", country: null },
        { name: "Ilse Marrin", office: "Foreign Minister", country: "Orvane" },
        { name: "Ana Kessel-Roy", office: null, country: null },
        { name: "Ambassador of Veldia", office: "Ambassador", country: "Veldia" },
      ],
      meetings: [],
    };
    const counts = whyPersonWrong([{ name: "Rush Varan", articles: ["x1"], offices: offices("Foreign Minister", null) }], corpusOf(article, key));
    expect(counts).toMatchObject({
      "person, written as: named only outside the body (byline, credits, caption)": 1,
      "person, written as: in a list of names": 1,
      "person, written as: a hyphenated or particle name": 1,
      "person, written as: the key is an office or a group, no name": 1,
    });
  });

  it("returns the evidence of a person around a missing name that the reader left unused", () => {
    const article = ["Foreign Minister Rush Varan was received in Tarsk by Vizier Telu Hanno.", "Ana Kessel, who spoke at the dinner, thanked Hanno."].join("\n\n");
    const key = { people: [{ name: "Telu Hanno", office: "Vizier", country: "Veldia" }, { name: "Ana Kessel", office: null, country: null }], meetings: [] };
    const counts = whyPersonWrong([{ name: "Rush Varan", articles: ["x1"], offices: offices("Foreign Minister", null) }], corpusOf(article, key));
    // "Vizier" is no title the reader knows; "Ana Kessel, who …" is read with evidence, so nothing is left unused there.
    expect(counts).toMatchObject({ "person, evidence there unused: a capitalised title before it, not taken (Emperor A, Leader of the Opposition A)": 1 });
    expect(Object.entries(counts).filter(([k]) => k.startsWith("person, evidence there unused")).reduce((n, [, c]) => n + c, 0)).toBe(1);
  });

  it("returns nothing for people whose country and office are right, and 'none read' for a missing office", () => {
    const people = [
      { name: "Ana Lorvik", articles: ["x1"], offices: offices("Prime Minister", "Malta") },
      { name: "Teo Brandt", articles: ["x1"], offices: offices("Minister of Foreign Affairs", "Libya") },
      { name: "Ida Sorel", country: "Malta", articles: ["x1"], offices: [] },
    ];
    expect(whyPersonWrong(people, corpusOf(text, gold))).toEqual({
      "country: no office, the person's country is right but carried by none": 1,
      "office: none read": 1,
    });
  });
});
