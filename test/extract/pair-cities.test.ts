import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import type { FactIndex } from "../../src/facts/types";

// Published on Thursday 12 June 2025: "Monday" is 9 June.
const indexOfText = (text: string, published = "2025-06-12"): FactIndex => extractIndex([{ file: "t/x.txt", text: ` date ${published}\n${text}` }]);

/** "Telu + Varan, 2025-6-9, Vienna": each meeting's principals' surnames, date and place. */
const placedMeetings = (index: FactIndex): string[] =>
  index.meetings.map((m) => {
    const names = m.participants.flatMap((p) => (p.kind === "person" && p.role !== "present" ? [index.people.find((x) => x.id === p.person)?.name.split(" ").at(-1) ?? "?"] : [])).sort().join(" + ");
    const date = m.date ? [m.date.year, m.date.month, m.date.day].filter((n) => n !== undefined).join("-") : "undated";
    return `${names}, ${date}, ${m.place ?? "nowhere"}`;
  });

describe("one pair's contacts in two countries", () => {
  it("returns a meeting the pair held in another country's city apart from their talks, each with its own place (devF f107, read22 r916)", () => {
    const text = [
      "Veldian Foreign Minister Ana Varan held talks with her host, Orvanian Foreign Minister Piet Telu, in Vienna on Monday.",
      "The trip was agreed earlier this month, when Varan and Telu met in Geneva on the margins of a forum on regional trade.",
    ].join("\n\n");
    expect(placedMeetings(indexOfText(text))).toEqual(["Telu + Varan, 2025-6-9, Vienna", "Telu + Varan, 2025-6, Geneva"]);
  });

  it("keeps one meeting when the second sentence's city is of an event it sets at another time ('ahead of the talks in Geneva')", () => {
    const text = [
      "Veldian Foreign Minister Ana Varan stopped over in Vienna, where she met Orvanian envoy Piet Telu.",
      "Telu later wrote that he had welcomed Varan during her stopover, ahead of the talks in Geneva.",
    ].join("\n\n");
    expect(placedMeetings(indexOfText(text))).toHaveLength(1);
    expect(placedMeetings(indexOfText(text))[0]).toMatch(/^Telu \+ Varan, .*Vienna$/);
  });

  it("keeps one meeting told again in the same city", () => {
    const text = [
      "Veldian Foreign Minister Ana Varan held talks with Orvanian Foreign Minister Piet Telu in Vienna on Monday.",
      "Varan and Telu met at the chancellery in Vienna and discussed trade.",
    ].join("\n\n");
    expect(placedMeetings(indexOfText(text))).toEqual(["Telu + Varan, 2025-6-9, Vienna"]);
  });
});
