/**
 * @module Tests of which date and place of a sentence belong to its meeting: a date of taking an office,
 * a range of days, a day counted from "a day after", the clause a "where" hangs on, a visit's end, a
 * place set before the cue ("in Tarsk for talks with"), a meeting of an earlier month told apart, and a
 * trip's end told before its contacts ("wrapped up his visit today after calls on Y").
 * Shapes of devE and corpus articles (cited by id), written with made-up names.
 */
import { describe, expect, it } from "vitest";
import { dayRange, inCountWindow, inOfficeClause, tripEndBefore } from "../../src/extract/date-scope";
import { placeBeforeCue } from "../../src/extract/meeting-setting";
import { segment } from "../../src/extract/segment";
import { meetingsOf } from "./helpers";
import { extractIndex } from "../../src/extract/index";

const find = (text: string, ...who: string[]) => meetingsOf(text).find((m) => who.every((w) => m.names.includes(w)));
const words = (text: string) => segment([{ text }])[0]!.words;
const at = (text: string, word: string) => words(text).findIndex((w) => w.text === word);

describe("the window of a count of contacts", () => {
  it("returns true for 'the fourth time this year', 'their second meeting this year' (heldout35 x307, heldout24 t104) and false for a date of its own", () => {
    const a = "It was the fourth time this year that Varan and Telu had sat down together.";
    expect(inCountWindow(words(a), at(a, "this"))).toBe(true);
    const b = "It was their second meeting this year between the two ministers.";
    expect(inCountWindow(words(b), at(b, "this"))).toBe(true);
    const c = "Varan met Telu for a second time on Monday.";
    expect(inCountWindow(words(c), at(c, "Monday"))).toBe(false);
  });

  it("dates the meeting by the story's day, not by the count's year", () => {
    const text =
      " date 2024-11-05 Foreign Minister Varan Orvel pressed two visiting counterparts on Monday to back Tarsk's new strategy.\n\n" +
      "In Tarsk, Orvel saw Kesto Telu, Veldia's foreign minister.\n\n" +
      "It was the fourth time this year that Orvel and Telu had sat down together.";
    expect(find(text, "Varan Orvel", "Kesto Telu")?.date).toMatchObject({ year: 2024, month: 11, day: 4 });
  });
});

describe("a date of taking an office", () => {
  it("returns true for 'who took up her post just last week' (devE e107's shape), 'became prime minister in March 2019' (devE e111's), 'took up his duties in June 2018' (corpus c033's)", () => {
    const a = "Varan congratulated the new foreign minister, who took up her post just last week, on her appointment.";
    expect(inOfficeClause(words(a), at(a, "week"))).toBe(true);
    const b = "Telu, who arrived yesterday, became prime minister in March 2019.";
    expect(inOfficeClause(words(b), at(b, "March"))).toBe(true);
    const c = "Kestas took up his duties in June 2018.";
    expect(inOfficeClause(words(c), at(c, "June"))).toBe(true);
  });

  it("returns true for 'who was named crown prince on 1 June' (devG g111's shape) and 'whose term ends on Tuesday' (heldout13 n210's)", () => {
    const a = "Telu, who was named crown prince on 1 June by a decree of the king, was welcomed by Varan at the palace.";
    expect(inOfficeClause(words(a), at(a, "June"))).toBe(true);
    const b = "Varan first sat down with President Kestas Telu, whose five-year term ends on Tuesday.";
    expect(inOfficeClause(words(b), at(b, "Tuesday"))).toBe(true);
    const c = "Telu, who named the new bridge on Monday, met Varan.";
    expect(inOfficeClause(words(c), at(c, "Monday"))).toBe(false);
  });

  it("returns false for a date of a journey or a decision", () => {
    const a = "Telu, who arrived in Orvane on Monday, met Varan.";
    expect(inOfficeClause(words(a), at(a, "Monday"))).toBe(false);
    const b = "Varan, who took the decision last week, met Telu.";
    expect(inOfficeClause(words(b), at(b, "week"))).toBe(false);
  });

  it("does not date a meeting by the day its counterpart took office", () => {
    const m = find(" date 2023-05-10\nVeldian Foreign Minister Kestas Varan met Tarsk's Prime Minister Ilan Telu, who took office last month.", "Varan", "Telu");
    expect(m).toBeDefined();
    expect(m?.date?.month === 4 && m.date.basis !== "publication").toBe(false);
  });
});

describe("a range of days", () => {
  it("returns where the range starts: 'from 3 to 5 March 2019' (devE e109's shape), '6-7 October 2016' (devE e104's)", () => {
    const a = "The ministers co-chaired the session from 3 to 5 March 2019.";
    expect(dayRange(words(a), at(a, "5"), at(a, "2019"))?.text).toBe("3 to 5 March 2019");
    const b = "The session was held in Orvane on 6-7 October 2016.";
    expect(dayRange(words(b), at(b, "October"), at(b, "2016"))?.text).toBe("6-7 October 2016");
    const c = "Varan met Telu on March 3.";
    expect(dayRange(words(c), at(c, "March"), at(c, "3"))).toBeUndefined();
  });

  it("dates the ranged event by its first day, and a meeting on some day of another event's span by its month", () => {
    const own = find(" date 2019-03-08\nVeldia's Foreign Minister Kestas Varan and Tarsk's Foreign Minister Ilan Telu co-chaired the fourth session of the joint commission by video link from 3 to 5 March 2019.", "Varan", "Telu");
    expect(own?.date).toMatchObject({ year: 2019, month: 3, day: 3 });
    const span = find("During the summit week, which ran in Orvane from 2 to 9 June 2023, the Minister of Foreign Affairs of Veldia, Kestas Varan, met Tarsk's Minister of Foreign Affairs, Ilan Telu.", "Varan", "Telu");
    expect(span?.date).toMatchObject({ year: 2023, month: 6 });
    expect(span?.date?.day).toBeUndefined();
  });
});

describe("the day of a meeting told 'a day after' another", () => {
  it("returns the day before the sentence's own date for the meeting after 'a day after' (corpus c024's 'a day after the two spoke' form)", () => {
    const text = " date 2024-05-09\nVeldian Foreign Minister Kestas Varan held talks with Tarsk's Foreign Minister Ilan Telu in Orvane on Wednesday, a day after Telu met Prime Minister Petra Halvik.";
    expect(find(text, "Varan", "Telu")?.date).toMatchObject({ year: 2024, month: 5, day: 8 });
    expect(find(text, "Telu", "Halvik")?.date).toMatchObject({ year: 2024, month: 5, day: 7 });
  });
});

describe("the date of a clause a 'where' hangs on", () => {
  it("returns the day of the trip the 'where' follows, not of a relative clause before it, nor of an earlier part", () => {
    const trip = find(" date 2024-05-09\nTarsk's Foreign Minister Mira Telu held talks in Orvane on Wednesday.\n\nTelu, who arrived in Orvane on Monday evening, is due to travel to Zorbiny on Thursday, where she will meet the regional governor, Ilan Orvel.", "Telu", "Orvel");
    expect(trip).toMatchObject({ status: "planned", place: "Zorbiny", date: { month: 5, day: 9 } });
    const tour = " date 2019-03-04\nVeldian envoy Kestas Varan wrapped up a regional tour in Orvane on Sunday. On Friday he was in Zorbiny for talks with Prime Minister Ilan Orvel, and on Saturday in Dunmarra, where Foreign Minister Petra Lind received him.";
    expect(find(tour, "Varan", "Orvel")).toMatchObject({ place: "Zorbiny", date: { month: 3, day: 1 } });
    expect(find(tour, "Varan", "Lind")).toMatchObject({ place: "Dunmarra", date: { month: 3, day: 2 } });
  });
});

describe("the place set before a meeting's cue", () => {
  it("returns the town of 'in Tarsk for talks with', and nothing past a comma or another verb", () => {
    const a = "On Friday he was in Zorbiny for talks with Ilan Orvel.";
    expect(placeBeforeCue(words(a), at(a, "talks"))).toBe("Zorbiny");
    const b = "He was born in Zorbiny, and held talks with Ilan Orvel.";
    expect(placeBeforeCue(words(b), at(b, "talks"))).toBeUndefined();
  });

  it("returns the town of 'the coastal city of X, where' (a town no gazetteer knows)", () => {
    const text = " date 2024-06-03\nOn Saturday, Veldian President Kestas Varan travelled to the coastal city of Zorbiny, where he met the county governor, Ilan Orvel.";
    expect(find(text, "Varan", "Orvel")?.place).toBe("Zorbiny");
  });
});

describe("the day of a meeting of a visit that the lead ends", () => {
  it("returns the month for a later undated meeting of the visit (devE e104's shape: 'brought to a close a visit')", () => {
    const text = " date 2019-03-08\nThe Minister of Foreign Affairs of Veldia, Ms Petra Varan, today, Friday, 8 March 2019, brought to a close a state visit to Orvane.\n\nDuring her stay, Minister Varan held talks with her counterpart, Foreign Minister Ilan Telu.\n\nShe further met Ms Mira Kestas, President of the Orvane Women's League.";
    const later = find(text, "Varan", "Kestas");
    expect(later?.date).toMatchObject({ year: 2019, month: 3 });
    expect(later?.date?.day).toBeUndefined();
  });
});

describe("a meeting of an earlier month", () => {
  it("returns two meetings for an undated one of the story and 'held talks in Tarsk last month', each with its own date and place", () => {
    const text = " date 2020-02-11\nMANAMA: Separately, Foreign Minister Kestas Halvik met visiting Tarskan Foreign Minister Ilan Orvel.\n\nHalvik and Orvel held talks in Zorbiny last month on regional security.";
    const pair = meetingsOf(text).filter((m) => m.names.includes("Halvik") && m.names.includes("Orvel"));
    expect(pair).toHaveLength(2);
    expect(pair.find((m) => m.place === "Zorbiny")?.date).toMatchObject({ year: 2020, month: 1 });
    expect(pair.find((m) => m.place !== "Zorbiny")?.date?.month).not.toBe(1);
  });
});

describe("a place before ', when' or after 'visited'", () => {
  it("returns the town of 'The tour began in Tarsk on Sunday, when …' and of 'had visited Tarsk, where …'", () => {
    const tour = " date 2022-07-29\nVeldian Foreign Minister Kestas Varan on Thursday ended a regional tour in Orvane, where he met Prime Minister Mira Telu.\n\nThe tour began in Zorbiny on Sunday, when Varan held talks with President Ilan Halvik.";
    expect(find(tour, "Varan", "Halvik")).toMatchObject({ place: "Zorbiny", date: { month: 7, day: 24 } });
    const visited = " date 2024-02-20\nVeldian Foreign Minister Kestas Varan hosted Tarsk's Foreign Minister Mira Telu in Orvane on Monday.\n\nOn Sunday, Telu had visited Zorbiny, where she held talks with Foreign Minister Ilan Halvik.";
    expect(find(visited, "Telu", "Halvik")).toMatchObject({ place: "Zorbiny", date: { month: 2, day: 18 } });
  });
});

describe("a journey on to another town", () => {
  it("returns the month for 'He then travelled to Tarsk, where he met Y' after a dated meeting", () => {
    const text = " date 2022-07-29\nVeldian Foreign Minister Kestas Varan on Thursday ended a regional tour in Orvane.\n\nIn Zorbiny on Tuesday, Varan was received by President Ilan Halvik. He then travelled to Dunmarra, where he met President Petra Lind.";
    const later = find(text, "Varan", "Lind");
    expect(later?.date).toMatchObject({ year: 2022, month: 7 });
    expect(later?.date?.day).toBeUndefined();
  });
});

describe("a courtesy call received", () => {
  it("returns a courtesy call in the dateline's city, not a phone call with no place", () => {
    const text = "ORVANE, 12 May 2022 - The Minister of International Relations, Hon. Kestas Varan, today received a courtesy call from the outgoing Ambassador of Tarsk, H.E. Mira Telu, who is at the end of her tour of duty.";
    expect(find(text, "Varan", "Telu")).toMatchObject({ kind: "courtesy call", place: "Orvane", date: { year: 2022, month: 5, day: 12 } });
  });
});

describe("'a day after' a clause", () => {
  it("returns the day before the story's for the contact of the clause ('The meeting came a day after Varan spoke by telephone with Y'), not the day after", () => {
    const text = " date 2020-01-09\nORVANE (Wire) — Veldia's Prime Minister Kestas Varan met Tarsk's Ambassador Mira Telu on Wednesday, his office said.\n\nThe meeting came a day after Varan spoke by telephone with Tarsk's Secretary of State Ilan Halvik.";
    expect(find(text, "Varan", "Halvik")).toMatchObject({ kind: "call", date: { year: 2020, month: 1, day: 7 } });
  });
});

describe("the day a wire's relative dates count from", () => {
  it("returns the dateline's day a few days before the page's (a Xinhua page stamped the day after its dateline, corpus c043), else the page's", async () => {
    const { filedOn } = await import("../../src/extract/index");
    expect(filedOn({ month: 5, day: 31, basis: "dateline", text: "May 31" }, "2022-06-01")).toBe("2022-05-31");
    expect(filedOn({ month: 5, day: 31, basis: "dateline", text: "May 31" }, "2022-05-31")).toBe("2022-05-31");
    expect(filedOn({ month: 4, day: 2, basis: "dateline", text: "April 2" }, "2022-06-01")).toBe("2022-06-01");
    expect(filedOn(undefined, "2022-06-01")).toBe("2022-06-01");
  });

  it("dates 'yesterday' from a release's own dated line, not from the page's later date", () => {
    const text = " date 2022-11-30\nORVANE, 29 November 2022 - The High Commissioner of Veldia, H.E. Kestas Varan, yesterday paid a courtesy call on the Minister for Foreign Affairs of Tarsk, Hon. Mira Telu, at the Ministry.";
    expect(find(text, "Varan", "Telu")?.date).toMatchObject({ year: 2022, month: 11, day: 28 });
  });
});

describe("the day 'the same day' refers to", () => {
  it("returns the story's day, not a recalled event's weeks before it told in between", () => {
    const text = " date 2024-05-20\nVeldian Foreign Minister Kestas Varan held talks with Tarsk's Foreign Minister Mira Telu in Orvane on 19 May.\n\nThe two countries had signed a trade accord on 3 May.\n\nOn the same day, Varan also met Tarsk's Trade Minister Ilan Halvik.";
    expect(find(text, "Varan", "Halvik")?.date).toMatchObject({ year: 2024, month: 5, day: 19 });
  });

  it("returns the story's day for a meeting held, not the day of talks a sentence between tells as to come (check12 l106's shape)", () => {
    const text = " date 2024-05-20\nOn 20 May 2024, Veldian Foreign Minister Kestas Varan held talks with Tarsk's Foreign Minister Mira Telu in Orvane.\n\nThe ministers went over the agenda of the talks that their presidents are to hold at the summit in Orvane on 22 May.\n\nOn the same day, Varan received Halvian Foreign Minister Ilan Halvik.";
    expect(find(text, "Varan", "Halvik")?.date).toMatchObject({ year: 2024, month: 5, day: 20 });
  });

  it("dates a call 'later in the day' by the story's day, not by an arrival told in a relative clause (heldout13 n111's shape)", () => {
    const text = " date 2024-05-22\nORVANE, May 22 - Veldian Foreign Minister Kestas Varan held talks on Wednesday with Tarsk's Foreign Minister Mira Telu.\n\nVaran, who arrived in Orvane on Tuesday on a two-day visit, went over trade and fisheries with Telu.\n\nLater in the day Varan is to call on Prime Minister Ilan Halvik.";
    expect(find(text, "Varan", "Halvik")?.date).toMatchObject({ year: 2024, month: 5, day: 22 });
  });
});

describe("'that month' and 'that year'", () => {
  it("dates a meeting 'at the beginning of that month' to the month told before, not to the story's day (devF f112's shape)", () => {
    const text = " date 2024-06-19\nVeldian Foreign Minister Kestas Varan met Tarsk's Foreign Minister Mira Telu in Orvane yesterday.\n\nIn early March the Veldian government postponed its consultations with Tarsk.\n\nCritics named Telu's meeting with Halvian Foreign Minister Ilan Halvik at a forum in Orvel at the beginning of that month.";
    expect(find(text, "Telu", "Halvik")?.date).toEqual(expect.objectContaining({ year: 2024, month: 3 }));
    expect(find(text, "Telu", "Halvik")?.date?.day).toBeUndefined();
  });

  it("dates 'later that month' by the month of the event told before, not by a later month named in passing (check11 k105's shape)", () => {
    const text = " date 2019-10-04\nVeldian President Kestas Varan met Tarsk's President Mira Telu in Orvane yesterday.\n\nIn August the two spoke by telephone, and Varan accepted an invitation to come to Orvane in October. Later that month the two men met in Orvel, on the sidelines of a conference.";
    const dates = meetingsOf(text).filter((m) => m.names.includes("Varan") && m.names.includes("Telu")).map((m) => m.date);
    expect(dates).toContainEqual(expect.objectContaining({ year: 2019, month: 8, text: "Later that month" }));
  });
});

describe("a part of the day in the meeting's own clause", () => {
  it("dates a call 'late last night' to the day before, not to the day of the statement that reports it (check12 l212's shape)", () => {
    const text = " date 2026-03-10\nForeign Minister Kestas Varan telephoned Tarsk's Foreign Minister, Mira Telu, late last night and expressed his country's solidarity after a wave of attacks, the Foreign Office said today.";
    expect(find(text, "Varan", "Telu")?.date).toMatchObject({ year: 2026, month: 3, day: 9 });
  });

  it("keeps a meeting 'this morning' on the statement's day", () => {
    const text = " date 2026-03-10\nForeign Minister Kestas Varan received Tarsk's Foreign Minister, Mira Telu, this morning, the ministry said on Tuesday.";
    expect(find(text, "Varan", "Telu")?.date).toMatchObject({ year: 2026, month: 3, day: 10 });
  });
});

describe("the day a speaker gives what they report, a phrase between the verb and 'that'", () => {
  it("dates the meeting said to come 'tomorrow', not by the 'today' of the briefing it was said at (heldout90 x859, check12 l112, check11 k211)", () => {
    const text = " date 2025-11-24\nPresident Ana Telu confirmed at her morning press conference today that she will receive her Orvanian counterpart, Varan Kestas, at the National Palace tomorrow.";
    expect(find(text, "Telu", "Kestas")?.date).toMatchObject({ year: 2025, month: 11, day: 25 });
    const statement = " date 2025-11-24\nThe ministry said in a statement yesterday that Foreign Minister Ana Telu will hold talks with Varan Kestas on Thursday.";
    expect(find(statement, "Telu", "Kestas")?.date).toMatchObject({ year: 2025, month: 11, day: 27 });
  });
});

describe("the year of a dateline without one", () => {
  it("returns the one year the article names in which the dateline's day is the lead's weekday (devE e106's and e112's shape: wires with a yearless dateline)", async () => {
    const { yearOfWeekday } = await import("../../src/extract/dates");
    expect(yearOfWeekday(10, 9, 1, "ORVANE, Oct 9 (Wire) - … on Monday … in 2012 … Summit 2023")).toBe(2023);
    expect(yearOfWeekday(6, 14, 5, "TARSK, June 14 (Wire) - … on Friday … in May 2016 … Forum 2019 … since 1980")).toBe(2019);
    expect(yearOfWeekday(6, 14, 5, "TARSK, June 14 (Wire) - … on Friday … in 2016")).toBeUndefined();
  });

  it("returns no year that a clause opened by 'since' starts a span from, a few words after it (heldout88 x847; 'since diplomatic ties were established in 1990', 'since he took office in 2017' in twenty read articles)", async () => {
    const { yearOfWeekday } = await import("../../src/extract/dates");
    // 12 December 1961 was a Tuesday, as 12 December 2023 was: the year the ties began is not the story's
    expect(yearOfWeekday(12, 12, 2, "TARSK, Dec. 12 (Wire) -- President Varan Telu on Tuesday … the first state visit since diplomatic ties were established in 1961.")).toBeUndefined();
    expect(yearOfWeekday(12, 12, 2, "TARSK, Dec. 12 (Wire) -- … on Tuesday … since he took office in 1961. … at the 2023 forum")).toBe(2023);
  });

  it("returns the dateline day's weekday from a day the article writes with its weekday within a month of it (read26 w105, r715, t124, c034, c044)", async () => {
    const { weekdayOfDatelineDay } = await import("../../src/extract/dates");
    expect(weekdayOfDatelineDay(9, 24, "… is to address the Assembly on Tuesday, September 26.")).toBe(0);
    expect(weekdayOfDatelineDay(8, 25, "… the talks of Friday, 23 August …")).toBe(0);
    expect(weekdayOfDatelineDay(8, 25, "… on Friday (23 August) and on Monday, 26 August")).toBe(0);
    expect(weekdayOfDatelineDay(8, 25, "… on Friday, 23 August and on Monday, 27 August")).toBeUndefined();
    expect(weekdayOfDatelineDay(8, 25, "… founded on Friday, 23 March …")).toBeUndefined();
  });

  it("dates a lead with no weekday by such a day and a year the article names", () => {
    const text = "NEW YORK, Sept 24 (Wire) - Foreign Minister Kestas Varan packed many meetings into his first days at the Assembly.\n\nOn Saturday he called on Tarsk's Prime Minister Mira Telu.\n\n\"2023 has been a landmark year,\" Varan wrote. He is to address the Assembly on Tuesday, September 26.";
    expect(find(text, "Varan", "Telu")?.date).toMatchObject({ year: 2023, month: 9, day: 23 });
  });

  it("dates the lead's meeting with that year", () => {
    const text = "WIRE NEWS\nWorld | Summit 2023 | Economy\n\nVeldian leader thanks Tarsk\n\nORVANE, Oct 9 (Wire) - Veldian President Kestas Varan met Tarsk's Prime Minister Mira Telu in Orvane on Monday. Trade between the two reached a record in 2012.";
    expect(find(text, "Varan", "Telu")?.date).toMatchObject({ year: 2023, month: 10, day: 9 });
  });

  it("returns the year of a dated day written up to two months before the dateline's, and none when such dates disagree or lie far from it", async () => {
    const { yearNearDateline } = await import("../../src/extract/dates");
    expect(yearNearDateline(10, 9, "TARSK, Oct 9 (Wire) – … the accord signed on 3 October 2023 … since 2012")).toBe(2023);
    expect(yearNearDateline(1, 5, "TARSK, Jan 5 – … the talks of December 20, 2023")).toBe(2024);
    expect(yearNearDateline(1, 5, "TARSK, Jan 5 – … in December 2023")).toBe(2024);
    expect(yearNearDateline(5, 4, "ORVANE, May 4 – … the first visit since October 2016 … on April 11")).toBeUndefined();
    expect(yearNearDateline(5, 4, "ORVANE, May 4 – … on 20 April 2021 … on 2 May 2020")).toBeUndefined();
  });

  // "NAYPYITAW, Jan 11 - … fraud in the November 2020 election …" (heldout62 x640, a story of January 2024): a month that
  // names an event of its own is no clue to the story's year; "in December 2023" still is.
  it("returns no year from a month naming an event ('the November 2020 election')", async () => {
    const { yearNearDateline } = await import("../../src/extract/dates");
    expect(yearNearDateline(1, 11, "TARSK, Jan 11 – … because of fraud in the November 2020 election …")).toBeUndefined();
    expect(yearNearDateline(1, 11, "TARSK, Jan 11 – … the talks held in December 2023 …")).toBe(2024);
  });

  it("dates the lead's meeting with the year of a day the body writes days before the dateline", () => {
    const text = "ORVANE, Oct 9 (Wire) - Veldian President Kestas Varan met Tarsk's Prime Minister Mira Telu in Orvane. The talks followed the trade accord the two governments signed on 2 October 2023.";
    expect(find(text, "Varan", "Telu")?.date).toMatchObject({ year: 2023, month: 10, day: 9 });
  });
});


describe("a contact in a clause 'nine months after' the sentence's event", () => {
  it("returns no date for talks told in the clause, not the day of the visit the sentence dates, and keeps the clause's place (read19 r606's shape)", () => {
    const text = " date 2025-08-25\nVeldia's Foreign Minister Kestas Varan paid an official visit to Orvane on Sunday (August 24) at the invitation of his Orvanian counterpart, Mira Telu, nine months after the two ministers first held talks in Tarsk.";
    const talks = find(text, "Varan", "Telu");
    expect(talks?.date).toBeUndefined();
    expect(talks?.place).toBe("Tarsk");
  });

  it("returns the date the clause itself gives ('a year after the two ministers held talks in Tarsk on 3 May 2024')", () => {
    const text = " date 2025-05-10\nVeldia's Foreign Minister Kestas Varan visited Orvane on Friday, a year after he held talks in Tarsk on 3 May 2024 with Orvanian Foreign Minister Mira Telu.";
    expect(find(text, "Varan", "Telu")?.date).toMatchObject({ year: 2024, month: 5, day: 3 });
  });

  it("returns the sentence's date for a contact of the main clause ('met Y on Monday, six months after the accord')", () => {
    const text = " date 2025-05-13\nVeldia's Foreign Minister Kestas Varan met Orvanian Foreign Minister Mira Telu in Tarsk on Monday, six months after the accord was signed.";
    expect(find(text, "Varan", "Telu")?.date).toMatchObject({ year: 2025, month: 5, day: 12 });
  });
});

describe("a trip's end told before a contact of the trip", () => {
  it("finds the word that sets the contact back: 'after calls on' (devF f202's shape), 'having held talks' (devG g107's), 'during which' (check11 k112's)", () => {
    const a = "Varan wrapped up his visit to Tarsk today after separate calls on President Telu and Prime Minister Kestas.";
    expect(tripEndBefore(words(a), at(a, "calls"))).toBe(at(a, "after"));
    const b = "Varan wound up an official visit to Orvane on Thursday, having held talks with President Telu.";
    expect(tripEndBefore(words(b), at(b, "talks"))).toBe(at(b, "having"));
    const c = "President Varan returned home this afternoon from a three-day visit to Tarsk, during which he and his host, President Telu, held talks.";
    expect(tripEndBefore(words(c), at(c, "talks"))).toBe(at(c, "during"));
  });

  it("finds none when the contact closes the trip that day, or no trip ends", () => {
    const a = "Varan wrapped up his visit to Tarsk on Monday with a call on President Telu.";
    expect(tripEndBefore(words(a), at(a, "call"))).toBeUndefined();
    const b = "Varan returned to the talks with Telu after a break.";
    expect(tripEndBefore(words(b), at(b, "talks"))).toBeUndefined();
  });

  it("dates the contact by the month of the trip's end, and a day the text gives it by 'the two presidents' after a minister's welcome", () => {
    const text = ` date 2025-08-13
President Kestas Varan returned home this afternoon from a three-day visit to Tarsk, during which he and his host, President Ilan Telu, held talks on trade.

Varan flew into Tarsk on Monday afternoon. He was welcomed on arrival by Water Minister Orla Senn.

The two presidents met on Tuesday. Before facing the press, they watched their officials sign a memorandum on fisheries.
`;
    const talks = find(text, "Varan", "Telu");
    expect(talks?.date).toMatchObject({ year: 2025, month: 8, day: 12 });
    expect(find(text, "Varan", "Senn")?.date).toMatchObject({ year: 2025, month: 8, day: 11 });
  });
});

describe("the day of the statement that reports a meeting", () => {
  // ", the ministry said in a statement issued on Friday" (heldout60 x632), "…, the Moroccan foreign ministry said in a
  // statement released afterwards" (read35 x296): the participle after the statement's noun keeps the phrase a credit.
  it("returns the meeting's own days, not the day of the statement issued after it", () => {
    const text = "Kelm, October 15, 2023 - Veldia's Minister of Trade, Amos Varan, met his Orvanian counterpart, Jon Telu, in Tarsk on the sidelines of a forum which ran on 12 and 13 October, the ministry said in a statement issued on Friday.";
    const m = find(text, "Amos Varan", "Jon Telu");
    expect(m?.date?.day).toBeUndefined();
    expect(m?.date?.month).toBe(10);
  });
});

describe("a meeting to come after a sentence of earlier days", () => {
  // "Macron's two earlier audiences with Francis took place on June 26, 2018 and November 26, 2021. Before leaving the Vatican
  // he was expected to see Cardinal …" (heldout54 x591): the days told before are of other occasions, none sets the day of a
  // contact still to come on the article's own visit (a day the sentence before gives for it still does: read sets' "A
  // welcome ceremony is scheduled for Wednesday. The two leaders will then hold talks").
  it("returns no day of a year before the article for the planned contact", () => {
    const text = "Varan received by Leo\n\nROME, October 24, 2022 (Wire) - Veldian President Amos Varan was received in private audience by Pope Leo at the Vatican on Monday.\n\nVaran's two earlier audiences with Leo took place on June 26, 2018 and November 26, 2021. Before leaving the Vatican he was expected to see Cardinal Piet Osk, the Secretary of State.";
    const m = find(text, "Amos Varan", "Piet Osk");
    expect(m?.date?.year).toBe(2022);
  });
});

describe("a meeting the sides agreed to hold, with no day given", () => {
  // new59a x721 ("… agreed to meet," the spokesperson said, without giving a date or venue), exchange59b x756 ("The ministers agreed
  // to meet again in the same format, its statement said, without giving a date."): some later time, not the month of the lead's day
  it("returns no date for the planned meeting", () => {
    const text = ' date 2025-04-26\nLeaders meet at funeral\n\nTARSK, April 26 (Wire) - President Varan Telu and President Osk Tarima held talks inside the cathedral on Saturday.\n\nTelu, who has not sat down with Pim Dola since he took office, had a brief exchange with him at the cathedral. "During their brief exchange, President Telu and President Dola agreed to meet," a spokeswoman said, without giving a date or venue.';
    const planned = extractIndex([{ file: "t/x.txt", text }]).meetings.filter((m) => m.status === "planned");
    expect(planned.length).toBeGreaterThan(0);
    for (const m of planned) expect(m.date).toBeUndefined();
  });
});
