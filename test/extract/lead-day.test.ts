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
