import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { CONTACT_TERMS } from "../../src/qa/answer-type";
import { notCounterpart } from "../../src/qa/answerers/act-doer";
import type { Question } from "../../src/qa/question";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/**
 * Made up: a minister's trip where the sentences that tell a contact without her are about someone else's contact (a colleague
 * who travelled to meet a counterpart, a president who received envoys bearing another leader's message).
 */
const TRIP = `Kestas wraps up Orvane visit

Tarsk, 5 May 2025 - Latvian Foreign Minister Mira Kestas ended a two-day visit to Orvane on Sunday.

The trip comes a week after Defence Minister Anda Rusk travelled to Orvane to meet her Veldian counterpart.

On Saturday, Veldian President Tomas Ilves received in Orvane a delegation carrying a message from President Jonas Rell of Latvia.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/983_trip.txt", text: TRIP }]), intentModel());
const ask = (q: string) => answer(q, knowledge);
const sentence = (start: string) => knowledge.index.sentences.find((s) => s.text.startsWith(start))!;
const personSpan = (s: ReturnType<typeof sentence>, name: string) => (s.spans ?? []).find((x) => x.type === "person" && s.text.slice(x.start, x.end).includes(name))!;
const question = (text: string) => ({ text, knowledge, links: { people: [{ text: "Kestas", ids: [knowledge.index.people.find((p) => p.name.endsWith("Kestas"))!.id], byOffice: false }] } }) as unknown as Question;

describe("who someone met, read from a sentence", () => {
  it("is never the one who made another contact the sentence tells", () => {
    const a = ask("who did kestas meet in orvane");
    expect(a.text).not.toMatch(/Rusk/);
  });

  it("is never the sender of a message someone carried", () => {
    const a = ask("who did ilves receive on saturday");
    expect(a.text).not.toMatch(/Rell/);
  });

  it("keeps the one who received the person asked about, by name or by 'him' / 'her'", () => {
    for (const text of ["Veldian President Tomas Ilves received Kestas in Orvane.", "Veldian President Tomas Ilves received her in Orvane."]) {
      const s = { ...sentence("On Saturday"), text, spans: [{ type: "person" as const, start: text.indexOf("Tomas"), end: text.indexOf(" received") }] };
      expect(notCounterpart(question("who did kestas meet"), s, s.spans[0]!, CONTACT_TERMS)).toBe(false);
    }
  });

  it("turns away the one who did a contact the person asked about is not in", () => {
    const s = sentence("The trip comes");
    expect(notCounterpart(question("who did kestas meet"), s, personSpan(s, "Rusk"), CONTACT_TERMS)).toBe(true);
  });
});
