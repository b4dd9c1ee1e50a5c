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

  it("turns away one named beside the person asked on the same side of the contact (read18 r505: 'A and his predecessor B often speak with heads of government')", () => {
    const text = "Kestas and her predecessor Anda Rusk alike often speak directly with heads of government.";
    const s = { ...sentence("On Saturday"), text, spans: [{ type: "person" as const, start: text.indexOf("Anda"), end: text.indexOf(" alike") }] };
    expect(notCounterpart(question("who did kestas speak to"), s, s.spans[0]!, CONTACT_TERMS)).toBe(true);
    const both = "Kestas and Anda Rusk held talks.";
    const t = { ...s, text: both, spans: [{ type: "person" as const, start: both.indexOf("Anda"), end: both.indexOf(" held") }] };
    expect(notCounterpart(question("who did kestas meet"), t, t.spans[0]!, CONTACT_TERMS)).toBe(false);
  });
});

/** Made up: an envoy's day at a regional summit, and a parliamentary delegation's visit (read32 x222, read33 x254). */
const SUMMIT = `Rusk holds talks at Caribbean summit

Tarsk, 15 February 2023 - Veldian minister Anda Rusk attended the summit in Nassau as special envoy of President Tomas Ilves. On the margins of the summit she held bilateral talks with Prime Minister Roosevelt Dane of Dominica.

A parliamentary delegation from Latvia, led by Speaker Mira Kestas of Latvia, held a round of meetings in Nassau. On Tuesday the delegation met National Assembly Speaker Juan Soto of the Bahamas.
`;

describe("who a party met, read from a sentence", () => {
  const summit = loadKnowledge(extractIndex([{ file: "seeds/985_summit.txt", text: SUMMIT }]), intentModel());
  it("is never the one whose envoy the person asked was, nor on whose behalf one greets", () => {
    for (const text of ["Kestas attended the summit as special envoy of President Tomas Ilves and met the host.", "Kestas greeted the guest on behalf of President Tomas Ilves."]) {
      const s = { ...sentence("On Saturday"), text, spans: [{ type: "person" as const, start: text.indexOf("Tomas"), end: text.indexOf("Ilves") + 5 }] };
      expect(notCounterpart(question("who did kestas meet"), s, s.spans[0]!, CONTACT_TERMS)).toBe(true);
    }
  });

  it("is never one of the party's own people", () => {
    // (the delegation's head may stand in the meeting's line as the one who met, never as the one met)
    const text = answer("who did the latvian delegation meet in nassau", summit).text.split("You could ask")[0]!;
    expect(text).toMatch(/Soto/);
    expect(text).not.toMatch(/met Mira Kestas|Kestas \(Latvian Speaker\)\s*$/m);
  });
});

/** Made up: a minister's tour of two countries, the second leg told with its city only (read32 x232, a Japanese tour). */
const TOUR = `Kestas's Latin American swing reaches Paraguay

January 8, 2021

Foreign Minister Mira Kestas was received on Friday by Paraguay's President Ivo Dane, the fourth stop on a ten-day trip through Latin America.

The tour opened in Mexico on Monday, January 4. Kestas spent about an hour with Secretary of Economy Ana Ruiz and then some 75 minutes with Foreign Secretary Pablo Reyes.

On Thursday Kestas was in Buenos Aires, where President Tomas Ilves met her accompanied by Cabinet Chief Juan Soto.
`;

describe("who someone met in a country, read from a sentence", () => {
  const tour = loadKnowledge(extractIndex([{ file: "seeds/984_tour.txt", text: TOUR }]), intentModel());
  it("is never someone a sentence sets in another country's city", () => {
    const reply = answer("who did kestas meet in mexico", tour);
    expect(reply.text.split("You could ask")[0]).not.toMatch(/Ilves/);
    expect(answer("who did kestas meet in argentina", tour).text.split("You could ask")[0]).toMatch(/Ilves/);
  });
});
