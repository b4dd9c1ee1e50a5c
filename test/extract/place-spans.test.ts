import { describe, expect, it } from "vitest";
import { findSpans } from "../../src/extract/spans";
import { segment } from "../../src/extract/segment";

/** The place spans a sentence holds, as written. */
const places = (text: string): string[] => {
  const sent = segment([{ text }])[0]!;
  return findSpans(sent, []).filter((s) => s.type === "place").map((s) => text.slice(s.start, s.end));
};

describe("named places a sentence puts something at", () => {
  it("returns the capitalised name after 'at' or 'in' (Port Moresby press, Xinhua style)", () => {
    expect(places("The leaders met at APEC Haus on Friday.")).toContain("APEC Haus");
    expect(places("The talks were held at Al-Bahr Palace on Monday.")).toContain("Al-Bahr Palace");
  });

  it("returns no place of capitals that only qualify a common noun, the noun's place after its 'of' instead (check12 l209)", () => {
    const lounge = places("At the VVIP lounge of Tribhuvan International Airport he was received by the President.");
    expect(lounge).not.toContain("VVIP");
    expect(lounge).toContain("VVIP lounge of Tribhuvan International Airport");
    expect(places("The minister was received at the VIP terminal on Tuesday.")).not.toContain("VIP");
    // a country's word before "capital" stays (read24 t113)
    expect(places("The minister is spending two days in the Kenyan capital before flying on.")).toContain("Kenyan");
  });
});
