import { describe, expect, it } from "vitest";
import { askedOfficeWord, askedTitleWords, officeFits, officePosts } from "../../src/qa/offices";

const fits = (asked: string, title: string) => officeFits(asked.split(" "), officePosts(title));

describe("officeFits", () => {
  it("returns true for a post however the title words it", () => {
    expect(fits("foreign minister", "Deputy Prime Minister and Foreign Minister")).toBe(true);
    expect(fits("foreign ministers", "Foreign and Expatriates Minister")).toBe(true);
    expect(fits("foreign minister", "Minister of Foreign Affairs")).toBe(true);
    expect(fits("prime minister", "Premier")).toBe(true);
  });

  it("returns false when only one of the two is a deputy", () => {
    expect(fits("foreign minister", "Deputy Foreign Minister")).toBe(false);
    expect(fits("president", "Vice President")).toBe(false);
    expect(fits("deputy foreign minister", "Vice Minister of Foreign Affairs")).toBe(true);
  });
});

describe("officeFits: a country's leader", () => {
  it("fits a head of state or of government, never a deputy or a minister", () => {
    expect(fits("leader", "Prime Minister")).toBe(true);
    expect(fits("leader", "President")).toBe(true);
    expect(fits("leader", "King")).toBe(true);
    expect(fits("leader", "Deputy Prime Minister")).toBe(false);
    expect(fits("leader", "Foreign Minister")).toBe(false);
  });
  // "which ukrainian leaders are expected to visit" (check12 l203: president, prime minister, speaker), "which philippine leaders
  // did X meet" (read24 t119: the vice president too), "which georgian leaders …" (devF f209: the speaker)
  it("fits, asked in the plural, the heads' deputies and the speaker too, never a minister", () => {
    expect(fits("leaders", "Vice President")).toBe(true);
    expect(fits("leaders", "Speaker of Parliament")).toBe(true);
    expect(fits("leaders", "President")).toBe(true);
    expect(fits("leaders", "Foreign Minister")).toBe(false);
    expect(fits("leader", "Vice President")).toBe(false);
  });
});

describe("officeFits: envoys as users ask for them", () => {
  // (a question's words as the linker passes them: "envoy" and "diplomat" read through askedOfficeWord)
  const asked = (...words: string[]) => words.flatMap((w) => askedOfficeWord(w).split(" "));
  it("fits a special envoy asked as one, never an ambassador", () => {
    expect(officeFits(asked("special", "envoy"), officePosts("Special Envoy of Veldia"))).toBe(true);
    expect(officeFits(asked("special", "envoy"), officePosts("Ambassador of Veldia"))).toBe(false);
  });

  it("fits a country's diplomat asked as its envoy", () => {
    expect(officeFits(asked("diplomat"), officePosts("Ambassador"))).toBe(true);
  });

  // "did kuleba hold talks with the chinese envoy" of China's "special representative for Eurasian affairs" (heldout61 x634)
  it("fits an ambassador, a special envoy and a special representative asked as a country's envoy", () => {
    const envoy = askedTitleWords("envoy");
    expect(officeFits(envoy, officePosts("Ambassador of Veldia"))).toBe(true);
    expect(officeFits(envoy, officePosts("Special Envoy of Veldia"))).toBe(true);
    expect(officeFits(envoy, officePosts("Special Representative for Eurasian Affairs"))).toBe(true);
    expect(officeFits(envoy, officePosts("Foreign Minister"))).toBe(false);
  });
});
