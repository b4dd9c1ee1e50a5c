import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { provenanceTables } from "../../src/cli/by-provenance";
import { weakClasses } from "../../src/qa/trust";

/** A key of one made-up article with two meetings, and an index that found one right, one with a wrong date, and one spurious. */
const dir = mkdtempSync(join(tmpdir(), "provenance-"));
writeFileSync(
  join(dir, "a1.json"),
  JSON.stringify({
    article: "a1",
    meetings: [
      { participants: ["Oren Talvik", "Kari Brenna"], date: "2024-03-12", place: "Bergen" },
      { participants: ["Oren Talvik", "Lise Holm"], date: "2024-03-11", place: "Bergen" },
    ],
    people: [
      { name: "Oren Talvik", office: "Foreign Minister", country: "Norway" },
      { name: "Kari Brenna", office: "Foreign Minister", country: "Sweden" },
      { name: "Lise Holm", office: "Ambassador", country: null },
    ],
  }),
);
const meeting = (names: string[], date: string, dateFrom: string, rule: string) => ({
  article: "a1",
  date,
  dateBasis: "relative",
  dateText: "Tuesday",
  dateFrom,
  place: "Bergen",
  placeFrom: "sentence",
  rule,
  participants: names.map((name) => ({ name, role: "principal", via: "name" })),
});
const office = (title: string, country: string, countryFrom: string) => ({ title, article: "a1", from: "title", country, countryFrom });
const facts = {
  people: [
    { name: "Oren Talvik", articles: ["a1"], offices: [office("Foreign Minister", "Norway", "office/title"), office("Minister", "Norway", "text")] },
    { name: "Kari Brenna", articles: ["a1"], offices: [office("Foreign Minister", "Denmark", "pair")] },
    { name: "Lise Holm", articles: ["a1"], offices: [office("Ambassador", "Denmark", "dateline")] },
  ],
  meetings: [meeting(["Oren Talvik", "Kari Brenna"], "2024-03-12", "sentence", "meet"), meeting(["Talvik", "Lise Holm"], "2024-03-12", "story", "receive"), meeting(["Kari Brenna", "Ivo Radanic"], "2024-03-12", "sentence", "see")],
};

describe("provenanceTables", () => {
  it("returns dates right and wrong by class, places by class, meetings found and spurious by rule", () => {
    const t = provenanceTables(facts, dir);
    expect(t.date["sentence/relative/weekday"]).toEqual({ right: 1, wrong: 0 });
    expect(t.date["story/relative/weekday"]).toEqual({ right: 0, wrong: 1 });
    expect(t.place.sentence).toEqual({ right: 2, wrong: 0 });
    expect(t.rule.see).toEqual({ right: 0, wrong: 1 });
    expect(t.rule.meet).toEqual({ right: 1, wrong: 0 });
  });

  it("returns each country a key person is given once, right or wrong by the step that gave it first, and none for a key with no country", () => {
    const t = provenanceTables(facts, dir);
    expect(t.country).toEqual({ "office/title": { right: 1, wrong: 0 }, pair: { right: 0, wrong: 1 } });
  });
});

describe("weakClasses", () => {
  it("returns the classes whose share right, drawn toward their kind's, is under the threshold", () => {
    const counts = { often: [[40, 1], [30, 0]] as [number, number][], rare: [[0, 6], [1, 5]] as [number, number][], few: [[1, 0]] as [number, number][] };
    expect([...weakClasses(counts, 0.85, 5)]).toEqual(["rare"]);
  });
});

describe("provenanceTables, a date with no year", () => {
  it("returns a date read without its year right when its day is the key's (the answers say the article gives no year), wrong when the day differs", () => {
    const keys = mkdtempSync(join(tmpdir(), "provenance-"));
    writeFileSync(
      join(keys, "a2.json"),
      JSON.stringify({ article: "a2", meetings: [{ participants: ["Oren Talvik", "Kari Brenna"], date: "2024-03-12" }, { participants: ["Oren Talvik", "Lise Holm"], date: "2024-03-14" }], people: [] }),
    );
    const dated = (names: string[], date: string) => ({ ...meeting(names, date, "sentence", "meet"), article: "a2", dateBasis: "explicit", dateText: "12 March" });
    const t = provenanceTables({ meetings: [dated(["Oren Talvik", "Kari Brenna"], "--03-12"), dated(["Oren Talvik", "Lise Holm"], "--03-12")] }, keys);
    expect(t.date["sentence/explicit/no year"]).toEqual({ right: 1, wrong: 1 });
  });
});
