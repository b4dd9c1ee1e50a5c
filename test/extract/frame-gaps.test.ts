/**
 * @module Why two people a sentence names were not joined (src/extract/frame-gaps.ts, the sub-causes
 * `npm run eval:misses` counts): made-up sentences of each construction.
 */
import { describe, expect, it } from "vitest";
import { whyNotJoined } from "../../src/extract/frame-gaps";
import { findMentions } from "../../src/extract/mentions";
import { resolvePeople } from "../../src/extract/people";
import { segment } from "../../src/extract/segment";

/** The sub-cause for the people named `first` and `second` in the text's last sentence. */
function gapOf(text: string, first: string, second: string): string {
  const sents = segment([{ text }]);
  const people = resolvePeople(sents, sents.map(findMentions));
  const who = (name: string): Set<number> => new Set(people.people.flatMap((p, i) => (p.spellings.some((s) => s.includes(name)) ? [i] : [])));
  const last = sents.length - 1;
  return whyNotJoined(sents[last]!, people.refs[last] ?? [], who(first), who(second));
}

describe("whyNotJoined", () => {
  it("returns that a frame joined them when one did", () => {
    expect(gapOf("President Rush Varan met Prime Minister Telu Orvane in Veldia on Monday.", "Varan", "Orvane")).toMatch(/^joined by a frame/);
  });

  it("returns the trigger's refusal for a tally of contacts", () => {
    expect(gapOf("President Rush Varan has met Prime Minister Telu Orvane eight times.", "Varan", "Orvane")).toBe("the trigger refused: a tally of contacts");
  });

  it("returns the clause a side stands in when it is not the trigger's", () => {
    expect(gapOf("President Rush Varan, who met Prime Minister Ana Lima on Monday, said Prime Minister Telu Orvane would sign.", "Varan", "Orvane")).toBe("a side outside the trigger's clause (relative)");
  });

  it("returns 'no trigger' when the contact word is no row's", () => {
    expect(gapOf("President Rush Varan criticised Prime Minister Telu Orvane in Veldia.", "Varan", "Orvane")).toBe("no trigger of the table in the sentence");
  });

  it("returns that a side is not read when the sentence names only one of them", () => {
    expect(gapOf("President Rush Varan met the press in Veldia.", "Varan", "Orvane")).toBe("a side not read as a person in the sentence");
  });
});
