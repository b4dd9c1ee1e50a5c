import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { officeFits, officePosts } from "../../src/qa/offices";
import { intentModel } from "./helpers";

const fits = (asked: string, title: string) => officeFits(asked.split(" "), officePosts(title));

// "the governor-general of st kitts and nevis" (read16 q302), "the thai director-general" (read22 r914):
// a question's tokens split the hyphen the article's title keeps
describe("officeFits: a title of one word and 'general'", () => {
  it("returns true however the hyphen is written on either side", () => {
    expect(fits("governor general", "Governor-General")).toBe(true);
    expect(fits("governor-general", "Governor General")).toBe(true);
    expect(fits("director general", "Director-General for European Affairs")).toBe(true);
    expect(fits("deputy director general", "Deputy Director-General")).toBe(true);
  });

  it("returns false for the title without 'general', either way", () => {
    expect(fits("governor", "Governor-General")).toBe(false);
    expect(fits("governor general", "Governor of the Central Bank")).toBe(false);
    expect(fits("director general", "Deputy Director-General")).toBe(false);
  });
});

const ARTICLE = `Chilean official visits Peru

Lima, 4 May 2025 - Chilean Director-General of Asian Affairs Halvik Taran held talks with Peruvian Deputy Foreign Minister Soren Varlo in Lima on Tuesday on trade and tourism.

On 9 May, Varlo received Chilean Ambassador Mira Kest at the ministry to discuss visas.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/993_general.txt", text: ARTICLE }]), intentModel());

describe("a hyphenated title asked of a country", () => {
  it("answers with its holder when the question splits the hyphen", () => {
    const a = answer("who is the chilean director-general", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Halvik Taran");
    expect(a.text).not.toContain("Mira Kest");
  });

  it("answers with its holder when the question writes it without the hyphen", () => {
    const a = answer("who did the chilean director general meet", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Soren Varlo");
  });
});
