import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dateCause, placeCause, whyWrong } from "../../src/cli/why-wrong";

describe("why a found meeting's date is wrong, by cause", () => {
  const base = { published: "2024-03-08", others: [] as string[] };
  it("tells the publication day kept from a date never read", () => {
    expect(dateCause({ ...base, got: null, basis: "publication", want: "2024-03-06" })).toBe("the publication day kept as the date, gold another");
    expect(dateCause({ ...base, got: null, basis: null, want: "2024-03-06" })).toBe("none read, gold has one");
  });
  it("tells a day off by one, a weekday a week off, and a year missing", () => {
    expect(dateCause({ ...base, got: "2024-03-07", basis: "relative", want: "2024-03-06" })).toMatch(/^a day late/);
    expect(dateCause({ ...base, got: "2024-02-28", basis: "relative", want: "2024-03-06" })).toBe("a weekday in the wrong week");
    expect(dateCause({ ...base, got: "--03-06", basis: "explicit", want: "2024-03-06" })).toBe("the year missing");
  });
  it("tells another meeting's date and a month for a day", () => {
    expect(dateCause({ ...base, got: "2024-01-15", basis: "explicit", want: "2024-03-06", others: ["2024-01-15"] })).toBe("the date of another meeting of the article");
    expect(dateCause({ ...base, got: "2024-03", basis: "relative", want: "2024-03-06" })).toBe("a month read, gold only a day of it");
  });
});

describe("why a found meeting's place is wrong, by cause", () => {
  const base = { basis: "sentence", datelinePlace: null, countries: [] as string[], others: [] as string[], inSentences: false, inArticle: false };
  it("tells the dateline's place, a country for its city, and a visitor's home capital", () => {
    expect(placeCause({ ...base, got: "Nairobi", basis: "dateline", want: "Mombasa", datelinePlace: "Nairobi" })).toBe("the dateline's place, gold another");
    expect(placeCause({ ...base, got: "Kenya", want: "Nairobi" })).toBe("a country for a city of it");
    expect(placeCause({ ...base, got: "Paris", want: "Nairobi", countries: ["France"] })).toBe("a participant's home capital, gold another");
  });
  it("tells whether a place not read was in the meeting's sentences", () => {
    expect(placeCause({ ...base, got: null, want: "Nairobi", inSentences: true, inArticle: true })).toBe("none read, gold's place in the meeting's sentences");
    expect(placeCause({ ...base, got: null, want: "Nairobi", inArticle: true })).toBe("none read, gold's place elsewhere in the article");
  });
});

describe("the counts read off the scorer's report, the key and the index", () => {
  it("counts each found meeting with a wrong date or place once per kind", () => {
    const dir = mkdtempSync(join(tmpdir(), "why-wrong-"));
    mkdirSync(join(dir, "articles"));
    mkdirSync(join(dir, "gold"));
    writeFileSync(join(dir, "articles", "x1.txt"), "NAIROBI, March 8 - Minister Ana Lorvik met Ambassador Teo Brandt in Mombasa on Wednesday.");
    writeFileSync(join(dir, "gold", "x1.json"), JSON.stringify({ published: "2024-03-08", people: [], meetings: [{ participants: ["Ana Lorvik", "Teo Brandt"], date: "2024-03-06", place: "Mombasa" }] }));
    const facts = {
      meetings: [{ article: "x1", date: "2024-03-07", dateBasis: "relative", place: "Nairobi", placeBasis: "dateline", sentences: ["Minister Ana Lorvik met Ambassador Teo Brandt in Mombasa on Wednesday."], participants: [{ name: "Ana Lorvik", country: "Kenya" }, { name: "Teo Brandt", country: null }] }],
      articles: [{ id: "x1", published: "2024-03-08", datelinePlace: "Nairobi", datelineDate: "2024-03-08" }],
    };
    const report = ["x1: meetings 1/1 found, 0 spurious", "  found: Ana Lorvik + Teo Brandt; date 2024-03-07 ≠ 2024-03-06; place Nairobi ≠ Mombasa"].join("\n");
    expect(whyWrong(report, dir, facts)).toEqual({ date: { "a day late (the day after: wire or time zone)": 1 }, place: { "the dateline's place, gold another": 1 } });
  });
});
