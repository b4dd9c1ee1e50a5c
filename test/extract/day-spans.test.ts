import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/extract/dates";
import { isDaySpan } from "../../src/extract/date-scope";
import { meetingsOf } from "./helpers";

const find = (text: string, who: string) => meetingsOf(text).find((m) => m.names.includes(who));

describe("a span of days dates only the event it spans", () => {
  // heldout13 n105, devF f202, devH d204 (three writers of one visit), check12 l208: a visit's span told beside a meeting of it
  const visit = [
    " date 2024-06-06",
    "Veldian minister ends Tarsk visit",
    "",
    "Veldia's Foreign Minister Varan Telu called on Orvane's Prime Minister Kestas Halvik this morning, the last engagement of an official visit to Tarsk that ran from 3 to 6 June.",
    "",
    "Yesterday evening the visiting minister was received by President Orvel Danek.",
    "",
    "The centrepiece of the trip was a round of official talks between Telu and his Orvanian counterpart, Foreign Minister Mira Sosk, at the Ministry of Foreign Affairs.",
  ].join("\n");

  it("returns the day word of the meeting's sentence, not the first day of the visit's span", () => {
    expect(find(visit, "Halvik")?.date).toMatchObject({ year: 2024, month: 6, day: 6 });
    expect(find(visit, "Danek")?.date).toMatchObject({ year: 2024, month: 6, day: 5 });
  });

  it("returns the month for someone 'also met' after talks told undated, not the day of the reception told before them", () => {
    const text = `${visit}\n\nTelu also met Hana Veld, a member of parliament, whom he called a friend of Veldia.`;
    const met = find(text, "Veld");
    expect(met?.date).toMatchObject({ year: 2024, month: 6 });
    expect(met?.date?.day).toBeUndefined();
  });

  it("returns the month for a meeting the text dates no closer than a lead that tells a span", () => {
    const talks = find(visit, "Sosk");
    expect(talks?.date).toMatchObject({ year: 2024, month: 6 });
    expect(talks?.date?.day).toBeUndefined();
  });

  it("returns the span's month for a meeting dated by a sentence beside it that gives the span, keeping the story's place", () => {
    const text = [
      " date 2024-06-06",
      "TARSK, June 6 (Wire) – Veldia's Foreign Minister Varan Telu met Orvane's top leaders during a three-day visit to Tarsk.",
      "",
      "Telu was received by President Orvel Danek on Wednesday evening.",
      "",
      "The visit had been announced a few days before it began, for 3 to 6 June. Telu held talks with Foreign Minister Mira Sosk at the ministry.",
    ].join("\n");
    const talks = find(text, "Sosk");
    expect(talks?.date?.day).toBeUndefined();
    expect(talks?.date).toMatchObject({ year: 2024, month: 6 });
    expect(talks?.place).toBe("Tarsk");
  });

  it("returns a year for a dateline without one from a span written with its year, and the lead's weekday in it", () => {
    const text = [
      "TARSK, Sept 12 (Wire) – Veldia's Foreign Minister Varan Telu called on Orvane's Crown Prince Kestas Halvik in Tarsk on Sunday evening, the high point of a three-day trip.",
      "",
      "The visit, which ran from September 10 to 12, 2022, was built around the first meeting of a new council.",
    ].join("\n");
    expect(find(text, "Halvik")?.date).toMatchObject({ year: 2022, month: 9, day: 11 });
  });

  it("reads a month-first span with its year, and tells a span's date from a day's", () => {
    expect(parseDate("from September 10 to 12, 2022")).toMatchObject({ year: 2022, month: 9, day: 10 });
    expect(parseDate("on March 3 and 12 officials")).toMatchObject({ month: 3, day: 3, text: "March 3" });
    expect(isDaySpan({ year: 2024, month: 6, day: 3, basis: "relative", text: "3 to 6 June" })).toBe(true);
    expect(isDaySpan({ year: 2024, month: 6, day: 3, basis: "relative", text: "June 3" })).toBe(false);
  });

  it("returns the span's first day for a welcome on arrival when the span starts on the story's day", () => {
    const text = [
      "TARSK, March 14 (Wire) — Orvane's Prime Minister Kestas Halvik received his Veldian counterpart, Varan Telu, on Thursday evening, hours after Telu landed at the start of a five-day visit.",
      "",
      "The March 14 to 18 trip is Telu's first abroad. Minister of State Mira Sosk was at the airport to receive him.",
    ].join("\n");
    expect(find(text, "Sosk")?.date).toMatchObject({ month: 3, day: 14 });
  });
});

describe("'also met' after a recalled meeting", () => {
  it("returns the story's month, not the day of a meeting a year back, for a meeting of the story that says 'also' (check12 l208)", () => {
    const text = [
      " date 2022-09-12",
      "Veldian minister in Orvane",
      "",
      "Veldia's Foreign Minister Varan Telu co-chaired the council in Tarsk with his Orvanian counterpart, Foreign Minister Mira Sosk, on Sunday.",
      "",
      "The two foreign ministers had also met on 19 September last year in Orvel, when Sosk paid her first visit to Veldia and held talks with Telu at the palace; the harvest dominated that meeting.",
      "",
      "While in Tarsk, Telu also had a bilateral meeting with Dr. Kestas Halvik, Secretary General of the Orvanian Council, about trade.",
    ].join("\n");
    expect(find(text, "Halvik")?.date).toMatchObject({ year: 2022, month: 9 });
  });
});

describe("a span of two weekdays", () => {
  it("returns the first day for talks held 'on Saturday and Sunday' (read18 r519), not the second", () => {
    const text = [
      " date 2023-06-19",
      "LIMA, June 19, 2023 – Chile and Peru agreed to widen their trade, the Chilean foreign ministry said on Monday after the fourth round of political consultations.",
      "",
      "The round took place in Lima on Saturday and Sunday. Foreign Secretary Kestas Varan headed the Chilean side, while Peru's team was led by Mira Telu, Deputy Foreign Minister.",
    ].join("\n");
    expect(find(text, "Telu")?.date).toMatchObject({ year: 2023, month: 6, day: 17 });
  });

  it("reads 'Friday and Saturday' and 'from Sunday to Tuesday' as spans (check12 l203, devG g206)", () => {
    expect(isDaySpan({ year: 2017, month: 4, day: 21, basis: "relative", text: "Friday and Saturday" })).toBe(true);
    expect(isDaySpan({ year: 2018, month: 7, day: 29, basis: "relative", text: "Sunday to Tuesday" })).toBe(true);
    expect(isDaySpan({ year: 2018, month: 7, day: 29, basis: "relative", text: "Sunday" })).toBe(false);
  });
});
