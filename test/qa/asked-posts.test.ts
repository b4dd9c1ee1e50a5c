import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { officeFits, officePosts } from "../../src/qa/offices";
import { intentModel } from "./helpers";

const fits = (asked: string, title: string, organisation?: string) => officeFits(asked.split(" "), officePosts(title, organisation));

describe("officePosts", () => {
  it("reads an envoy as an ambassador, never a special envoy", () => {
    expect(fits("ambassador", "Envoy")).toBe(true);
    expect(fits("ambassador", "Special Envoy")).toBe(false);
  });

  it("reads the head of a ministry as its minister", () => {
    expect(fits("foreign minister", "Head", "Slovak foreign ministry")).toBe(true);
    expect(fits("foreign minister", "Head of the Foreign Ministry")).toBe(true);
    expect(fits("finance minister", "Head", "Foreign Ministry")).toBe(false);
  });

  it("reads the president or chair of a parliament's house as its speaker", () => {
    expect(fits("parliament speaker", "President", "National Assembly")).toBe(true);
    expect(fits("parliament speaker", "Chairman of the National Assembly")).toBe(true);
    expect(fits("parliament speaker", "Speaker", "Council of Representatives")).toBe(true);
    expect(fits("parliament speaker", "Vice President", "National Assembly")).toBe(false);
    expect(fits("parliament speaker", "President of the General Assembly")).toBe(false);
    expect(fits("president", "President", "National Assembly")).toBe(true);
  });
});

/** Made-up reports: each names an official by the title their own state gives them. */
const ARTICLES = [
  {
    file: "seeds/992_assembly.txt",
    text: `Panamanian speaker receives Estonian delegation

PANAMA CITY, 12 March 2024 - The President of the National Assembly of Panama, Piet Kestas, received Estonian lawmaker Telu Varan on 11 March 2024.

The two sides discussed cooperation between the parliaments.
`,
  },
  {
    file: "seeds/993_envoy.txt",
    text: `Ghanaian envoy calls on prime minister

SUVA, 5 May 2024 - The Envoy of Ghana to Fiji, Ana Lodo, paid a courtesy call on Fijian Prime Minister Rasa Meln on 4 May 2024.
`,
  },
];

const knowledge = loadKnowledge(extractIndex(ARTICLES), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("an office asked in the words users ask with", () => {
  it("finds the president of a national assembly asked as the parliament speaker", () => {
    const a = ask("who did the panamanian parliament speaker receive?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Varan/);
  });

  it("finds an envoy asked as the ambassador", () => {
    const a = ask("when did the ghanaian ambassador call on meln?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/4 May/);
  });

  it("is no one of another country", () => {
    expect(ask("who did the estonian parliament speaker receive?").found).toBe(false);
  });
});
