import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { linkQuestion } from "../../src/qa/link";
import { pinnedEvent } from "../../src/qa/specifics";
import { intentModel } from "./helpers";

/** Made up: a pair meeting at two sessions of their commission, and leaders meeting at one grouping's summit while another's is announced. */
const SESSIONS = ` date 2024-02-12
Varan and Kestas open new session of joint commission

Halvik, 12 February 2024 - Veldian Foreign Minister Telu Varan held talks with Orvanian Foreign Minister Piet Kestas in Halvik on Monday, as the two co-chaired the sixth session of the Veldia-Orvane Joint Commission.
`;

const SUMMITS = ` date 2023-10-13
Solen meets Tamsin in Tarsk

Tarsk, 13 October 2023 - Halvian President Mara Solen met Orvel President Arno Tamsin in Tarsk today, on the margins of the summit of the Northern Council.
The two will meet again next month at the TORA summit, the host of which has not been announced.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/981_sessions.txt", text: SESSIONS }, { file: "seeds/982_summits.txt", text: SUMMITS }]), intentModel());

describe("an event pinned by an ordinal or a code name", () => {
  it("reads the ordinal after 'the' and a code name in capitals before a gathering noun, both as whole words", () => {
    const words = (q: string) => q.split(" ").map((raw) => ({ raw, word: raw.toLowerCase(), used: false }));
    expect(pinnedEvent(words("where was the fifth joint commission held"))).toEqual([{ asked: "fifth", stems: ["5th", "fifth"], whole: true }]);
    expect(pinnedEvent(words("where is the TORA summit"))).toEqual([{ asked: "TORA", stems: ["tora"], whole: true }]);
    // "for the first time" and a lower-case word name no event
    expect(pinnedEvent(words("when did they meet for the first time"))).toEqual([]);
    expect(pinnedEvent(words("where is the summit taking place"))).toEqual([]);
  });

  it("never answers with the meeting of another session or another grouping's summit", () => {
    const fifth = answer("where was the fifth joint commission held", knowledge);
    expect(fifth.text).not.toContain("Halvik");
    const tora = answer("where is the TORA summit taking place", knowledge);
    expect(tora.found).toBe(false);
    expect(tora.text).not.toContain("Tarsk");
  });

  it("still answers the session and the summit the meeting's sentences name", () => {
    expect(answer("where was the sixth joint commission held", knowledge).text).toContain("Halvik");
    expect(linkQuestion("who did solen meet at the summit", knowledge).specifics?.map((s) => s.asked)).toEqual(["summit"]);
    expect(answer("who did solen meet at the summit", knowledge).text).toContain("Tamsin");
  });
});
