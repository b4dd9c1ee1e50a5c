import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { fixtureKnowledge } from "./helpers";

const k = fixtureKnowledge();
const ask = (q: string) => answer(q, k);

describe("answer: who_met", () => {
  it("returns every meeting as a list with bold names and sources", () => {
    const a = ask("Who met whom?");
    expect(a.found).toBe(true);
    expect(a.body.some((b) => b.kind === "list" && b.items.length === 5)).toBe(true);
    expect(a.text).toContain("Sources:");
  });

  it("returns the meetings of a person named by office", () => {
    const a = ask("who did the syrian foreign minister meet");
    expect(a.text).toContain("Bruno Rodrigues");
    expect(a.text).toContain("Muxtar Tleuberdi");
    expect(a.text).not.toContain("Li Keqiang");
  });

  it("returns the meetings held in a country before those it merely took part in", () => {
    const a = ask("who met in Kazakhstan");
    expect(a.text).toContain("Nursultan");
    expect(a.text).not.toContain("New York");
  });

  it("returns the meetings in a place", () => {
    expect(ask("Who met in Beijing?").text).toContain("Li Zhanshu");
  });
});

describe("answer: when and where", () => {
  it("returns the date as precise as the article, saying when it gives no year", () => {
    expect(ask("When did Tleuberdi meet the Cuban ambassador?").text).toContain("4 February (the article gives no year)");
    expect(ask("when did diaz canel meet li keqiang").text).toContain("25 November 2022");
  });

  it("returns the occasion when the article gives no date", () => {
    expect(ask("When did Miqdad meet Tilberdi?").text).toContain("76th session");
  });

  it("returns the place of a meeting", () => {
    expect(ask("Where did the Cuban president meet the Chinese premier?").text).toContain("Beijing");
  });

  it("returns found=false for a meeting that did not happen", () => {
    const a = ask("When did Pevida meet Li Keqiang?");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("25 November");
    expect(a.suggestions.length).toBeGreaterThanOrEqual(2);
  });
});

describe("answer: topics, who_is, number, relations, visits, sources", () => {
  it("returns the topics of a meeting", () => {
    expect(ask("what did diaz canel and li keqiang talk about").text).toContain("agriculture");
  });

  it("returns each office once, however it is worded", () => {
    const a = ask("who is Tleuberdi");
    expect(a.text).toContain("Kazakh Deputy Prime Minister and Foreign Minister");
    expect(a.text).not.toContain("also");
  });

  it("returns only the person named when asked whether they hold an office", () => {
    const a = ask("Is Pevida an ambassador?");
    expect(a.text).toContain("Emilio Pevida");
    expect(a.text).not.toContain("2 people");
  });

  it("returns the person for an office asked with another word (envoy, leader)", () => {
    expect(ask("who did the Cuban envoy meet").text).toContain("Muxtar Tleuberdi");
    expect(ask("which countries did the Cuban leader visit").text).toContain("Algeria");
  });

  it("returns a person's office", () => {
    expect(ask("Who is Emilio Pevida?").text).toContain("Cuban Ambassador to Kazakhstan");
  });

  it("returns every person a shared surname may mean, each with an office", () => {
    const a = ask("who is Li");
    expect(a.text).toContain("Li Keqiang (Chinese Premier)");
    expect(a.text).toContain("Li Zhanshu");
  });

  it("returns who holds an office", () => {
    expect(ask("Who is the chairman of the NPC Standing Committee?").text).toContain("Li Zhanshu");
  });

  it("returns the counts of the vote of the year asked", () => {
    expect(ask("How many countries voted in favour in 2022?").text).toContain("185");
    expect(ask("Which countries voted against in 1992?").text).toContain("Romania");
  });

  it("returns the number of meetings of a person, counted from the index", () => {
    const a = ask("how many meetings did Miqdad have");
    expect(a.found).toBe(true);
    expect(a.text).toContain("2 meetings");
  });

  it("returns when relations were established", () => {
    expect(ask("When were diplomatic relations between Syria and Cuba established?").text).toContain("27 March 1961");
  });

  it("returns how many years relations have lasted by the year asked, never the year they were established", () => {
    const a = ask("how many years of diplomatic relations do Syria and Cuba mark in 2021");
    expect(a.found).toBe(true);
    expect(a.text).toContain("60 years");
    expect(ask("how many years of diplomatic relations do Syria and Cuba have").text).not.toMatch(/^[^\n]*1961/);
  });

  it("returns the countries of a tour", () => {
    expect(ask("Which countries did Díaz-Canel visit before China?").text).toContain("Algeria");
  });

  it("returns only the articles about the country asked", () => {
    const a = ask("which articles mention Syria");
    expect(a.text).toContain("Mikdad discusses");
    expect(a.text).not.toContain("Cuba and Kazakhstan highlight");
  });

  it("returns the articles it knows", () => {
    expect(ask("Which articles do you know?").text).toContain("Cuba and Kazakhstan highlight");
  });
});

describe("answer: unknowns and fallback", () => {
  it("returns found=false with suggestions for questions the articles do not cover", () => {
    for (const q of ["What is the weather in Havana today?", "What is the capital of France?", "When did Smith meet Tanaka?"]) {
      const a = ask(q);
      expect(a.found, q).toBe(false);
      expect(a.suggestions.length, q).toBeGreaterThanOrEqual(2);
    }
  });

  it("returns a quoted sentence when no structured fact fits", () => {
    const a = ask("What will China keep providing to Cuba?");
    expect(a.found).toBe(true);
    expect(a.text).toContain("assistance and support to Cuba");
    expect(a.body.some((b) => b.kind === "quote")).toBe(true);
  });

  it("returns found=false for a lowercase name no article mentions, not the other person's meetings", () => {
    const a = ask("when did smith meet tleuberdi");
    expect(a.found).toBe(false);
    expect(a.text).toContain("smith");
    expect(a.text).not.toContain("4 February");
  });

  it("returns found=false for an office nobody in the articles holds", () => {
    const a = ask("who is the president of France");
    expect(a.found).toBe(false);
    expect(a.text).toContain("president of France");
  });

  it("returns names in full when no meeting fits them", () => {
    expect(ask("When did pevida meet li keqiang?").text).toContain("between Emilio Pevida and Li Keqiang");
  });

  it("returns the sentence naming an acronym asked about alone", () => {
    const a = ask("what is the NPC");
    expect(a.found).toBe(true);
    expect(a.text).toContain("National People's Congress (NPC)");
  });

  it("returns the structured meeting, not a sentence, for a meeting asked by kind and date", () => {
    const a = ask("who took part in the talks on the sidelines of the general assembly");
    expect(a.body.some((b) => b.kind === "list")).toBe(true);
  });

  it("returns found=false for input with no word it knows", () => {
    for (const q of ["?", "xxxxxxxx", "🤔"]) expect(ask(q).found, q).toBe(false);
  });

  it("returns a greeting that invites a question", () => {
    const a = ask("hi");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/question/i);
  });
});
