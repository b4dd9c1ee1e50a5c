import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { doerIs } from "../../src/qa/answerers/act-doer";
import type { Question } from "../../src/qa/question";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: an act told by "he" in the sentence after the one that names him, and one told by someone else. */
const CALL = `Kestas and Halvik speak by phone

Tarsk, 5 May 2025 - Foreign Minister Orvel Kestas of Latvia spoke by telephone on Monday with Mira Halvik, the foreign minister of Estonia.

The two ministers exchanged views on the region. Foreign Minister Kestas said he was confident that the new border crossings would bring trade to both countries.

He thanked Estonia warmly for helping to bring Latvian nationals home from the war zone.

Halvik thanked Latvia for its support at the regional summit.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/984_call.txt", text: CALL }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("the doer of an act told by a pronoun", () => {
  it("is the one the sentence before names first", () => {
    const a = ask("what did kestas thank estonia for");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^helping to bring Latvian nationals home/);
  });

  it("is never taken for the one a later sentence says did the act", () => {
    expect(ask("what did halvik thank latvia for").text).not.toMatch(/Latvian nationals/);
  });

  it("reads 'he' as the one the sentence before names first even when the sentence holds no span for him", () => {
    const thanked = knowledge.index.sentences.find((s) => s.text.startsWith("He thanked"))!;
    const bare = { ...thanked, people: [], spans: (thanked.spans ?? []).filter((span) => span.type !== "person") };
    const kestas = knowledge.index.people.find((p) => p.name.endsWith("Kestas"))!.id;
    const halvik = knowledge.index.people.find((p) => p.name.endsWith("Halvik"))!.id;
    const q = { knowledge } as Question;
    expect(doerIs(q, bare, [kestas], "thank")).toBe(true);
    expect(doerIs(q, bare, [halvik], "thank")).toBe(false);
  });
});
