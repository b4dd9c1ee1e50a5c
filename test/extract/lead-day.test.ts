/** @module Tests of the story's day when the lead gives no day of its own. */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";

/** The meetings of one article whose participants include `who`, with people's names in place of ids. */
const meetingsWith = (text: string, who: string) => {
  const index = extractIndex([{ file: "t/x.txt", text }]);
  const name = (id: string) => index.people.find((p) => p.id === id)?.name ?? id;
  return index.meetings.filter((m) => m.participants.some((p) => p.kind === "person" && name(p.person).includes(who)));
};

describe("a lead with no day of its own", () => {
  // Source: check11 k207 (a lead on the years it took, the arrival's weekday in the sentence after it); a check15 article gains a date too.
  it("takes the story's day from the next sentence of its paragraph", () => {
    const text = [
      " date 2030-03-16",
      "It took forty years of relations for a Veldian president to reach Orvane. Varan Orvel arrived in Tarsk on Thursday for a state visit, at the invitation of President Telu Kestas.",
      "",
      "Later, Orvel held talks with Prime Minister Halvik Sarn at the government house.",
    ].join("\n");
    const dates = meetingsWith(text, "Sarn").map((m) => m.date);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatchObject({ year: 2030, month: 3, day: 14 });
  });
});

describe("a lead that tells the end of a stay", () => {
  // heldout53 x579 (a lead on the departure, "ending a three-day state visit", then the stay told from its first day) and read33
  // x247 ("wrapped up on Friday … a two-day stay … On Thursday the High Representative spoke at the summit. On the margins of the
  // summit he held two bilateral meetings"); the stay told back from a lead's end in devF f104, read13 n101 and check11 k104.
  const text = (lead: string) =>
    [
      " date 2030-05-10",
      `President Varan Orvel ${lead} a three-day state visit to Orvane.`,
      "",
      "Orvel landed late on Wednesday. His official programme opened on Thursday morning at the castle.",
      "",
      "The main business came in the afternoon at the Prime Minister's office. After their talks, Orvel and Prime Minister Telu Kestas announced a new partnership.",
    ].join("\n");

  it("dates a contact of the stay by the day the story went back to", () => {
    const dates = meetingsWith(text("flew out of Tarsk on Friday evening, ending"), "Kestas").map((m) => m.date);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatchObject({ year: 2030, month: 5, day: 9 });
  });

  it("dates talks of the stay told with no part of a day by the stay's month (devF f104)", () => {
    const article = [
      " date 2030-05-13",
      "President Varan Orvel wrapped up his visit to Orvane on Friday with an audience with King Halvik Sarn.",
      "",
      "The day before, on Thursday, Orvel had been received by the Speaker, Dara Osk.",
      "",
      "The second leg was a visit in its own right. Orvel held talks there with Prime Minister Telu Kestas.",
    ].join("\n");
    const dates = meetingsWith(article, "Kestas").map((m) => m.date);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatchObject({ year: 2030, month: 5 });
    for (const d of dates) expect(d?.day).toBeUndefined();
  });

  it("keeps the lead's day when the lead tells the stay's start", () => {
    const dates = meetingsWith(text("arrived in Tarsk on Friday evening for"), "Kestas").map((m) => m.date);
    for (const d of dates) expect(d?.day).not.toBe(9);
  });
});

describe("a meeting dated by an hour of the clock alone", () => {
  // new59a x718 ("Brasília, January 2, 2023 – … receiving 15 delegations …" then "At 10:30 a.m. Lula sat down with …"), heldout20 r703
  // ("The main engagement is set for Thursday. At 11am, X will be received in audience … by …")
  it("takes the day the sentences before it give, the dateline's under the lead", () => {
    const text =
      "TARSK, January 2, 2023 – President Varan Telu spent the first working day of his term in back-to-back meetings with foreign guests.\n\n" +
      "The audiences started at 9:30 a.m. and were expected to run until about 6 p.m.\n\n" +
      "At 10:30 a.m. Telu sat down with Argentine President Osk Tarima.";
    expect(meetingsWith(text, "Tarima")[0]?.date).toMatchObject({ year: 2023, month: 1, day: 2 });
    // (the day is the story's, not the day of publication passed off as the meeting's)
    expect(meetingsWith(text, "Tarima")[0]?.date?.basis).not.toBe("publication");
  });
});
