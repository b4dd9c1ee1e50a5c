import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { fileKnownNames, findKnownNames } from "../../src/extract/known-names";
import { findMentions } from "../../src/extract/mentions";
import { segment } from "../../src/extract/segment";

// A live blog that never writes a person's title (devD d019_brics_kazan_live) beside articles that do
// (devD d016_sco_astana_putin, corpus c022_southafrica_ukraine_call).

// The live blog's sentence with its "with" phrase moved after the sidelines: "talks with Vladimir Putin" alone says a person
// (a side of a contact), so the untitled name stands where only another article's title makes it one.
const LIVE_BLOG = "Xi in Kazan. Chinese President Xi Jinping held talks on the sidelines of the summit with Vladimir Putin, saying relations between the two powers had come a long way.";
const TITLED = [
  "Russian President Vladimir Putin will have a busy schedule of bilateral talks on the sidelines of the summit in Astana.",
  "The contact comes more than a month after Ramaphosa spoke by telephone with Russian President Vladimir Putin on the war in Ukraine.",
];
const meetingsOf = (index: ReturnType<typeof extractIndex>, article: string): string[][] => {
  const name = new Map(index.people.map((p) => [p.id, p.name]));
  return index.meetings.filter((m) => m.article === article).map((m) => m.participants.map((p) => (p.kind === "person" ? name.get(p.person) ?? "" : "")).sort());
};

describe("full names of people another article titles", () => {
  it("returns the meeting of a name the article never titles when another article titles it", () => {
    for (const titled of TITLED) {
      const index = extractIndex([
        { file: "seeds/titled.txt", text: titled },
        { file: "seeds/live.txt", text: LIVE_BLOG },
      ]);
      expect(meetingsOf(index, "live")).toContainEqual(["Vladimir Putin", "Xi Jinping"]);
    }
  });

  it("returns no such meeting when no article gives the name a title", () => {
    const index = extractIndex([{ file: "seeds/live.txt", text: LIVE_BLOG }]);
    expect(meetingsOf(index, "live")).not.toContainEqual(["Vladimir Putin", "Xi Jinping"]);
  });

  it("files no single word and no place as a known full name", () => {
    const known = fileKnownNames(["Vladimir Putin", "Putin", "Abu Dhabi", "Kuala Lumpur"]);
    expect([...known.values()].flat().map((n) => n.join(" "))).toEqual(["vladimir putin"]);
  });

  it("returns no mention where the words around the name make it no person", () => {
    const known = fileKnownNames(["Nelson Mandela"]);
    for (const text of ["He spoke at the Nelson Mandela Foundation in Johannesburg.", "They flew to Nelson Mandela Bay on Monday."]) {
      const sent = segment([{ text }])[0]!;
      const found = findKnownNames(sent, findMentions(sent), known) ?? findMentions(sent);
      expect(found.filter((m) => m.kind === "name" && m.evidence)).toEqual([]);
    }
  });
});
