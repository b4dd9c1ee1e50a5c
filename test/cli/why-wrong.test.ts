import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dateCause, elsewhereCauses, placeCause, whyWrong, placeHow } from "../../src/cli/why-wrong";

describe("why a found meeting's date is wrong, by cause", () => {
  const base = { published: "2024-03-08", others: [] as string[] };
  it("tells the publication day kept from a date never read, and where gold's date is written", () => {
    expect(dateCause({ ...base, got: null, basis: "publication", want: "2024-03-06" })).toBe("the publication day kept as the date, gold another not written as such");
    expect(dateCause({ ...base, got: null, basis: "publication", want: "2024-03-06", sentences: "Varan received Telu in Orvane on 6 March." })).toBe("the publication day kept as the date, gold's written in the meeting's sentences");
    expect(dateCause({ ...base, got: null, basis: "publication", want: "2024-03-06", sentences: "Varan received Telu in Orvane on Wednesday." })).toBe("the publication day kept as the date, a relative expression in the meeting's sentences");
    expect(dateCause({ ...base, got: null, basis: null, want: "2024-03-06", sentences: "Varan met Telu on 6 March in Orvane." })).toBe("none read, gold's date written in the meeting's sentences");
    expect(dateCause({ ...base, got: null, basis: null, want: "2024-03-06", sentences: "Varan met Telu in Orvane.", text: "Varan met Telu in Orvane. The talks of March 6 went well." })).toBe("none read, gold's date written elsewhere in the article");
    expect(dateCause({ ...base, got: null, basis: null, want: "2024-03-06", sentences: "Varan met Telu in Orvane on Wednesday." })).toBe("none read, a relative expression in the meeting's sentences");
    expect(dateCause({ ...base, got: null, basis: null, want: "2024-03-08" })).toBe("none read, gold the article's own day");
  });
  it("tells a day off by one, a weekday a week off, and a year missing", () => {
    expect(dateCause({ ...base, got: "2024-03-07", basis: "relative", want: "2024-03-06" })).toMatch(/^a day late/);
    expect(dateCause({ ...base, got: "2024-02-28", basis: "relative", want: "2024-03-06" })).toBe("a weekday in the wrong week");
    expect(dateCause({ ...base, got: "--03-06", basis: "explicit", want: "2024-03-06" })).toBe("the year missing, the text gives none");
    expect(dateCause({ ...base, got: "--03-06", basis: "explicit", want: "2024-03-06", text: "Varan met Telu on March 6. The 2024 budget …" })).toBe("the year missing, the text writes it");
  });
  it("tells a wire's weekday read as its dateline's day from the day before", () => {
    const wire = { published: null, datelineDate: "--10-06", others: [] as string[], basis: "relative", gotText: "Tuesday" };
    expect(dateCause({ ...wire, got: "--10-06", want: "2021-10-05" })).toBe("a weekday read as the article's day, gold the day before");
  });
  it("tells the dateline's day from the body's, and a recalled meeting given the article's day", () => {
    const dated = { ...base, datelineDate: "2024-03-08" };
    expect(dateCause({ ...dated, got: "2024-03-08", basis: "dateline", want: "2024-03-05", sentences: "Varan received Telu on 5 March." })).toBe("the dateline's day read, the body writes gold's");
    expect(dateCause({ ...dated, got: "2024-03-08", basis: "relative", gotText: "today", want: "2024-02-12" })).toBe("a recalled earlier meeting given the article's day");
    expect(dateCause({ ...dated, got: "2024-03-08", basis: "relative", gotText: "today", want: "2024-02" })).toBe("a recalled earlier meeting given the article's day");
    expect(dateCause({ ...dated, got: "2024-03-08", basis: "relative", gotText: "today", want: "2024-03" })).toBe("the article's day read, gold only the month (a recalled meeting)");
  });
  it("tells another meeting's date, a month for a day, and a relative expression against the wrong anchor", () => {
    expect(dateCause({ ...base, got: "2024-01-15", basis: "explicit", want: "2024-03-06", others: ["2024-01-15"], gotText: "15 January", sentences: "Varan met Telu on 15 January." })).toBe("the date of another meeting of the article, read in the meeting's own sentences");
    expect(dateCause({ ...base, got: "2024-03-08", basis: "relative", gotText: "Friday", want: "2024-03-06", others: ["2024-03-08"], sentences: "He also met Telu." })).toBe("the date of another meeting of the article: the article's own day");
    expect(dateCause({ ...base, got: "2024-03", basis: "relative", want: "2024-03-06" })).toBe("a month read, gold only a day of it");
    expect(dateCause({ ...base, got: "2024-02", basis: "relative", gotText: "last week", want: "2024-03" })).toBe("a relative expression against the wrong anchor (a month off by one)");
  });
  it("tells a date read where gold has none: a planned meeting's, a relative expression's", () => {
    expect(dateCause({ ...base, got: "2024-03-12", basis: "relative", want: null, status: "planned" })).toBe("gold has none: a planned meeting's date read");
    expect(dateCause({ ...base, got: "2024-03", basis: "relative", gotText: "this week", want: null })).toBe("gold has none: a relative expression read against the article's day");
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

describe("where the article writes a place not read, and what ties the meeting to it", () => {
  const base = { datelinePlace: null, otherSentences: [] as string[], date: null };
  it("tells a visit's arrival sentence naming the visitor, in the lead or later", () => {
    const text = "Varan arrived in Orvane on Monday for a three-day visit.\n\nOn Tuesday he held talks with Telu on trade and energy.";
    expect(elsewhereCauses({ ...base, want: "Orvane", text, sentences: ["On Tuesday he held talks with Telu on trade and energy."], participants: [{ name: "Ana Varan", country: "Veldia" }, { name: "Ben Telu", country: null }] })).toEqual(["where: the lead, a visit or arrival", "tie: a participant named there", "meeting: held"]);
  });
  it("tells the dateline and the headline, a host at home, and a call", () => {
    const text = "ORVANE, May 3 - The Veldian president received the visiting minister of Telu on Friday.";
    expect(elsewhereCauses({ ...base, want: "Orvane", datelinePlace: "Orvane", text, sentences: ["He spoke by phone with Telu."], participants: [{ name: "Ana Varan", country: "Veldia" }], kind: "call" })).toEqual(["where: the dateline", "tie: no tie read", "meeting: a call or video"]);
    expect(elsewhereCauses({ ...base, want: "Orvane", title: "Veldian ministers land in Orvane for a short stop", text: "Veldian ministers land in Orvane for a short stop\n\nTalks with the prime minister follow at noon today.", sentences: ["Talks with the prime minister follow at noon today."], participants: [{ name: "Ana Varan", country: null }], status: "planned" })).toEqual(["where: the headline", "tie: no tie read", "meeting: planned"]);
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
    expect(whyWrong(report, dir, facts)).toEqual({ date: { "a day late (the day after: wire or time zone)": 1 }, place: { "the dateline's place, gold another": 1 }, placeHow: { "the dateline's place, gold another | read from an unrecorded step, held": 1 } });
  });
});

describe("placeHow", () => {
  it("returns where a wrong place was read and the meeting's status", () => {
    expect(placeHow({ got: "Tarsk", placeFrom: "dateline", status: "planned", want: null })).toBe("read from the dateline, planned");
    expect(placeHow({ got: "Tarsk", placeFrom: "article", status: null, want: "Orvel" })).toBe("read from elsewhere in the article, held");
  });

  it("returns, none read, whether the gazetteer knows the key's place", () => {
    expect(placeHow({ got: null, want: "Lisbon" })).toBe("none read, the key's place a city of the gazetteer");
    expect(placeHow({ got: null, want: "Marvelo" })).toBe("none read, the key's place no place of the gazetteer");
  });
});
