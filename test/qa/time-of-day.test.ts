/**
 * @module "What time" asks for a time of day: the meeting's own sentence that states one answers, in bold; else the reply says
 * the articles give none. Made-up articles; the read sets ask it of programmes (read20 r703 "at 12 noon", read34 x284 "at
 * about 8.20pm", read25 u103 "14:40") and new55b x594 ("for talks with … at 12.15 p.m.").
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { expectedAnswer } from "../../src/qa/answer-type";
import { loadKnowledge } from "../../src/qa/knowledge";
import { findSpans } from "../../src/extract/spans";
import { segment } from "../../src/extract/segment";
import { intentModel } from "./helpers";

const TARSK = ` date 2030-12-06 TARSK — Veldian President Rush Varan lands in Tarsk shortly before 11 a.m. on Thursday.

His first stop is the Presidential Mansion, where Orvanian President Dara Osk will receive him at 11.30 a.m.

From there he goes to the government house for talks with Prime Minister Telu Amsel at 12.15 p.m.

Defence Minister Halvik Sarn will meet Varan's defence minister, Orvel Kane, on Thursday.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/905_tarsk.txt", text: TARSK }]), intentModel());
const ask = (q: string) => answer(q, knowledge);
const text = (q: string) => JSON.stringify(ask(q).body);

describe("a time of day", () => {
  it("is a span of its own, its 'p.m.' kept", () => {
    const sent = segment([{ text: "The talks began at 12.15 p.m. and the leaders spoke at noon, then at 16:40." }])[0]!;
    const times = findSpans(sent, []).filter((s) => s.type === "time").map((s) => sent.text.slice(s.start, s.end));
    expect(times).toEqual(["12.15 p.m.", "noon", "16:40"]);
  });

  it("is what 'what time' asks for ('which time' stays an ordinal's)", () => {
    expect(expectedAnswer("what time did the talks start")?.types).toEqual(["time"]);
    expect(expectedAnswer("at what time will they speak to the press")?.types).toEqual(["time"]);
  });
});

describe("what time did they meet", () => {
  it("answers with the time the sentence naming both gives, not another sentence's hour", () => {
    const reply = ask("what time do varan and amsel meet");
    expect(reply.found).toBe(true);
    expect(text("what time do varan and amsel meet")).toContain("12.15 p.m.");
    expect(text("what time will osk receive varan")).toContain("11.30 a.m.");
  });

  it("says the articles give no time when the meeting's sentences state none", () => {
    const reply = ask("what time will sarn meet kane");
    expect(reply.found).toBe(false);
    expect(text("what time will sarn meet kane")).not.toMatch(/\d[.:]\d\d|a\.m\.|p\.m\./);
  });
});
