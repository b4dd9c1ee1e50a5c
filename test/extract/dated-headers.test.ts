/** @module Tests of the days a page's head gives and of a visit to come told in the present: a dateline with a day written in dots, a weekday beside a numeric date read either way, "travels to Orvane on Monday" as a day to come, and the meetings of a visit to come that the article gives one day. */
import { describe, expect, it } from "vitest";
import { readDateline } from "../../src/extract/dateline";
import { parseDate } from "../../src/extract/dates";
import { meetingsOf } from "./helpers";

const find = (text: string, who: string) => meetingsOf(text).find((m) => m.names.includes(who));

describe("readDateline with a day written in dots", () => {
  it("returns the city and the day of 'Tarsk, 14.03.2019 –' and of 'TARSK, 21.11.2016 (Agency) –', and the sentence after it", () => {
    expect(readDateline("Tarsk, 14.03.2019 – The Veldian foreign minister was received today by Telu.")).toMatchObject({ place: "Tarsk", date: { year: 2019, month: 3, day: 14, basis: "dateline" }, rest: "The Veldian foreign minister was received today by Telu." });
    expect(readDateline('TARSK, 21.11.2016 (TWA "Wire") – Yesterday, in Orvel, Varan held a meeting with Telu.')).toMatchObject({ place: "Tarsk", date: { year: 2016, month: 11, day: 21 }, rest: "Yesterday, in Orvel, Varan held a meeting with Telu." });
  });

  it("dates a meeting of the first sentence by its own 'Yesterday', not by the dateline's day", () => {
    const m = find('TARSK, 21.11.2016 (TWA "Wire") – Yesterday, in Orvel, Foreign Minister of Veldia Anton Varan held a meeting with Lena Telu, Minister of Foreign Affairs of Orvania.\n\nThe two ministers met on the margins of a conference.\n', "Telu");
    expect(m?.date).toMatchObject({ year: 2016, month: 11, day: 20 });
  });
});

describe("parseDate of a numeric date with a weekday before it", () => {
  it("returns the reading that falls on the weekday ('Tuesday, 05/08/2025' is 5 August; 8 May 2025 was a Thursday)", () => {
    expect(parseDate("Tuesday, 05/08/2025 10:15")).toMatchObject({ year: 2025, month: 8, day: 5 });
    expect(parseDate("Thursday, 05/08/2025")).toMatchObject({ year: 2025, month: 5, day: 8 });
    expect(parseDate("Thu 5/8/2025")).toMatchObject({ year: 2025, month: 5, day: 8 });
  });

  it("reads it day first when no weekday is written, and leaves it unread when neither reading falls on the weekday written", () => {
    expect(parseDate("5/8/2025")).toMatchObject({ year: 2025, month: 8, day: 5 });
    expect(parseDate("Saturday, 05/08/2025")?.day).toBeUndefined();
  });
});

describe("a visit to come told in the present", () => {
  const article = (lead: string, rest: string) => ` date 2021-03-07\nVeldian minister to visit Orvane\n\n${lead}\n\n${rest}\n`;

  it("dates the trip's meetings to the day ahead ('travels to Orvane on Monday' in a paper of Sunday 7 March 2021 is 8 March)", () => {
    const text = article(
      "Veldian Foreign Minister Anton Varan travels to Orvane on Monday for meetings with the country's leadership, the ministry in Tarsk announced.",
      "During the trip Varan is to be received by the Orvanian President, Lena Telu. He will also hold talks with his counterpart, Foreign Minister Oren Maro.",
    );
    expect(find(text, "Telu")).toMatchObject({ status: "planned", date: { year: 2021, month: 3, day: 8 } });
    expect(find(text, "Maro")).toMatchObject({ status: "planned", date: { year: 2021, month: 3, day: 8 } });
  });

  it("returns the month for a meeting of a visit of several days ('a three-day visit')", () => {
    const text = article(
      "Veldian Foreign Minister Anton Varan travels to Orvane on Monday for a three-day visit, the ministry in Tarsk announced.",
      "During the trip Varan is to be received by the Orvanian President, Lena Telu.",
    );
    const m = find(text, "Telu");
    expect(m).toMatchObject({ status: "planned", date: { year: 2021, month: 3 } });
    expect(m?.date?.day).toBeUndefined();
  });

  it("dates 'during the same trip' to the one day a planned welcome is announced for", () => {
    const text = ` date 2023-05-04\nTARSK, May 4 – Veldia's foreign minister, Lena Telu, is to welcome her Orvanian counterpart Anton Varan to Tarsk on Monday, the ministry said.\n\nDuring the same trip Varan is also expected to call on President Oren Maro, the ministry in Tarsk said.\n`;
    expect(find(text, "Maro")).toMatchObject({ status: "planned", date: { year: 2023, month: 5, day: 8 } });
  });
});

describe("a page stamp opened by a date in figures", () => {
  // "18.09.2023 - Press and information team of the Delegation to …" (read23 s104, an EU delegation page), "26/05/2025 | Viet Nam
  // - Serbia relations" (heldout53 x580, an embassy page): the stamp's section or team is no sentence.
  it("dates the page by '26/05/2025 | Veldia - Orvane relations' and '18.09.2023 - Press and information team of the Delegation to Tarsk'", () => {
    const relations = "Embassy of Veldia in Orvane\nHome | News\nDeputy Minister Varan Telu co-chairs consultation in Tarsk\n26/05/2025 | Veldia - Orvane relations\nDeputy Minister of Foreign Affairs Varan Telu paid a working visit to Orvane on 22 and 23 May, during which she and Orvanian Deputy Foreign Minister Dan Kelm co-chaired the political consultation in Tarsk.\n";
    expect(find(relations, "Kelm")?.date).toMatchObject({ year: 2025, month: 5 });
    const team = "New ambassador presents credentials\n18.09.2023 - Press and information team of the Delegation to Orvane\nAmbassador Varan Telu presented her letters of credence to President Dan Kelm in Tarsk on 17 September.\n";
    expect(find(team, "Kelm")?.date).toMatchObject({ year: 2023, month: 9, day: 17 });
  });
});
