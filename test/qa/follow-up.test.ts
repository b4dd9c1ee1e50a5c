import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { fixtureKnowledge } from "./helpers";

const k = fixtureKnowledge();

describe("answer: follow-ups", () => {
  it("returns the date of the meeting in focus for 'when?'", () => {
    const first = answer("Who did Pevida meet?", k);
    const next = answer("when?", k, { focus: first.focus });
    expect(next.found).toBe(true);
    expect(next.text).toContain("4 February");
  });

  it("returns the place and topics of the meeting in focus", () => {
    const first = answer("When did Diaz-Canel meet Li Keqiang?", k);
    expect(answer("where?", k, { focus: first.focus }).text).toContain("Beijing");
    expect(answer("what did they discuss?", k, { focus: first.focus }).text).toContain("agriculture");
  });

  it("returns the person asked about first for 'who is he?'", () => {
    const first = answer("Who did Pevida meet?", k);
    expect(answer("who is he?", k, { focus: first.focus }).text).toContain("Emilio Pevida (Cuban Ambassador");
  });

  it("returns the meeting with the person in focus for 'when did he meet X?'", () => {
    const first = answer("Who is Pevida?", k);
    const next = answer("when did he meet tleuberdi", k, { focus: first.focus });
    expect(next.text).toContain("4 February");
    expect(next.text).not.toContain("76th session");
  });

  it("returns the holder of an office named with no country in the story in focus, and every holder with no focus", () => {
    const first = answer("Who did Pevida meet?", k);
    const next = answer("who is the foreign minister?", k, { focus: first.focus });
    expect(next.text).toContain("Tleuberdi");
    expect(next.text).not.toMatch(/Rodrigues|Miqdad/);
    expect(answer("who is the foreign minister?", k).text).toMatch(/Rodrigues/);
  });

  it("returns who a bare name is", () => {
    expect(answer("Rodrigues?", k).text).toContain("Cuban Foreign Minister");
  });

  it("returns the earlier focus after a question it could not answer", () => {
    const first = answer("Who did Pevida meet?", k);
    const miss = answer("what is the weather today", k, { focus: first.focus });
    expect(miss.found).toBe(false);
    expect(answer("who is he?", k, { focus: miss.focus }).text).toContain("Emilio Pevida");
  });

  it("returns the focus of the replied-to bot message over the chat's", () => {
    const old = answer("Who did Pevida meet?", k);
    const reply = answer("where did they meet?", k, { focus: old.focus, replyTo: "Faisal al-Miqdad held talks with Bruno Rodrigues" });
    expect(reply.text).toContain("New York");
  });
});
