import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";

/** A made-up article: a meeting dated and placed in its own sentence, one told later ('also') on the same day in the same city. */
const ARTICLE = ` date 2024-03-14 OSLO — Veldian Foreign Minister Oren Talvik met Norwegian Foreign Minister Kari Brenna in Bergen on Tuesday to discuss fisheries.

The next talks were held in the evening. Talvik also received Danish Ambassador Lise Holm, he said.
`;

const index = extractIndex([{ file: "seeds/910_provenance.txt", text: ARTICLE }]);
const named = (name: string) => index.meetings.find((m) => m.participants.some((p) => p.kind === "person" && index.people.find((x) => x.id === p.person)?.name.includes(name)));

describe("provenance: where each meeting's date, place and people were read", () => {
  it("returns dateFrom and placeFrom 'sentence' for a date and city written in the meeting's own sentence, and people linked by name", () => {
    const m = named("Brenna");
    expect(m?.date?.day).toBe(12);
    expect(m?.dateFrom).toBe("sentence");
    expect(m?.placeFrom).toBe("sentence");
    expect(m?.participants.every((p) => p.kind !== "person" || p.via === "name" || p.via === "short")).toBe(true);
  });

  it("returns 'story' and 'meeting' for an 'also' meeting that takes the day and city of the one told before", () => {
    const m = named("Holm");
    expect(m?.date?.day).toBe(12);
    expect(m?.dateFrom).toBe("story");
    expect(m?.place).toBe("Bergen");
    expect(m?.placeFrom).toBe("meeting");
    expect(m?.participants.find((p) => p.kind === "person" && p.person.includes("talvik"))).toMatchObject({ via: "short" });
  });
});
