/**
 * "that year" points back to a year written out, never to the year a month alone takes from the story's date ("in September
 * 2017 of X, …. On 8 September that year X held talks with Y", heldout53 x580, an embassy page dated 2025); a day and month
 * before it keep their day with or without "of" ("on June 8 of that year", read articles), and a contact "the same day" in the
 * next sentence is that day.
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const TEXT = `Embassy of Veldia in Orvane
26/05/2025 | Veldia - Orvane relations
Deputy Minister of Foreign Affairs Mira Telu paid a working visit to Orvane on 22 and 23 May, during which she and Orvanian Deputy Foreign Minister Dan Kelm co-chaired the political consultation in Tarsk.

The consultations received fresh impetus during the official visit to Veldia in September 2017 of Amos Varan, then Orvane's Minister of Foreign Affairs. On 8 September that year Varan held talks in Kelmar with his Veldian counterpart, Foreign Minister Jon Orso. Prime Minister Piet Lind received Varan the same day.
`;

describe("a day 'that year'", () => {
  it("dates the talks and the same day's call to the year written before, not the page's", () => {
    const meetings = meetingsOf(TEXT);
    const day = (who: string) => {
      const d = meetings.find((m) => m.names.includes(who))?.date;
      return d ? [d.year, d.month, d.day] : undefined;
    };
    expect(day("Jon Orso")).toEqual([2017, 9, 8]);
    expect(day("Piet Lind")).toEqual([2017, 9, 8]);
  });
});
