import { describe, expect, it } from "vitest";
import { FrameRowError, loadFrames, type FrameRow } from "../../src/extract/frame-table";
import { matchFrames } from "../../src/extract/frame-engine";
import { FRAMES } from "../../src/extract/frames";
import { findMentions } from "../../src/extract/mentions";
import { resolvePeople } from "../../src/extract/people";
import { segment } from "../../src/extract/segment";
import { fold } from "../../src/nlp/fold";
import { FRAME_EXAMPLES } from "./frame-examples";

/** The frames a sentence fires, each with the names of everyone in its slots. */
function framesOf(text: string, context?: string) {
  const sents = segment([...(context ? [{ text: context }] : []), { text }]);
  const people = resolvePeople(sents, sents.map(findMentions));
  const first = context ? segment([{ text: context }]).length : 0;
  return sents.slice(first).flatMap((s, n) => {
    const si = n + first;
    return (
    matchFrames(s, people.refs[si] ?? [], { ...(people.principals[si] !== undefined ? { principal: people.principals[si] } : {}), ...(si > 0 ? { previous: sents[si - 1]! } : {}), ...(sents[si + 1] ? { next: sents[si + 1]!, nextRefs: people.refs[si + 1] ?? [] } : {}) }).map((h) => ({
      id: h.frame.id,
      status: h.status,
      names: [...h.agents, ...h.counterparts].map((r) => people.people[r.person]!.name).join(" | ") + h.groups.map((g) => ` | ${g.name}`).join(""),
    })));
  });
}

describe("contact frame rows", () => {
  it("returns two or more examples from different articles for every row, and none for a row that is gone", () => {
    for (const frame of FRAMES) {
      const examples = FRAME_EXAMPLES[frame.id] ?? [];
      expect(new Set(examples.map((e) => e.source.replace(/_.*$/, ""))).size, `examples of ${frame.id}`).toBeGreaterThanOrEqual(2);
    }
    expect(Object.keys(FRAME_EXAMPLES).filter((id) => !FRAMES.some((f) => f.id === id))).toEqual([]);
  });

  for (const frame of FRAMES) {
    for (const example of FRAME_EXAMPLES[frame.id] ?? []) {
      it(`${frame.id}: reads "${example.text.slice(0, 60)}…" (${example.source})`, () => {
        const hit = framesOf(example.text, example.context).find((h) => h.id === frame.id);
        expect(hit, `frame ${frame.id} did not fire`).toBeDefined();
        for (const name of example.people) expect(fold(hit!.names)).toContain(fold(name));
        expect(hit!.status).toBe(example.status ?? "held");
      });
    }
  }
});

describe("loading frame rows", () => {
  const row: FrameRow = {
    id: "meet",
    trigger: "meet",
    voice: "active",
    agent: "subject",
    counterparts: ["with"],
    kind: "meeting",
  };

  it("returns the compiled trigger of a good row", () => {
    expect(loadFrames([{ ...row, trigger: "hold|have talk" }])[0]!.words.map((w) => [...w])).toEqual([["hold", "have"], ["talk"]]);
  });

  it("throws naming the row and what is allowed for an unknown slot, kind or voice", () => {
    expect(() => loadFrames([{ ...row, counterparts: ["towards" as never] }])).toThrow(/frame row "meet": counterpart slot "towards" is not one of subject, object, indirect, with/);
    expect(() => loadFrames([{ ...row, kind: "lunch" as never }])).toThrow(FrameRowError);
    expect(() => loadFrames([{ ...row, voice: "middle" as never }])).toThrow(/voice "middle" is not one of active, passive, noun/);
    expect(() => loadFrames([{ ...row, opener: "At the" }])).toThrow(/opener "At the" must be lower-case words/);
    expect(() => loadFrames([{ ...row, notAfterTrigger: "From" }])).toThrow(/notAfterTrigger "From" must be lower-case words/);
    expect(() => loadFrames([{ ...row, onlyBefore: "In Person" }])).toThrow(/onlyBefore "In Person" must be lower-case phrases/);
  });
});

describe("the agent after a long title", () => {
  it("returns the contact when the agent's title holds 'for' ('Minister of State for Foreign Affairs X met Y')", () => {
    expect(framesOf("Minister of State for Foreign Affairs Tomas Berglund met his Chilean counterpart, Ana Ferreyra, in Oslo.").map((h) => h.names)).toEqual(["Tomas Berglund | Ana Ferreyra"]);
  });
});

describe("clause scope, negation and the press", () => {
  it("returns no contact for a third person in a subordinate clause", () => {
    const hits = framesOf("Chinese Premier Li Qiang met Brazilian President Lula da Silva, a day after Indian Prime Minister Narendra Modi hosted French President Emmanuel Macron.");
    expect(hits.map((h) => h.names)).toEqual(["Li Qiang | Lula da Silva", "Narendra Modi | Emmanuel Macron"]);
  });

  it("returns no contact for 'did not meet', 'declined to meet' or a meeting with reporters", () => {
    expect(framesOf("German Chancellor Olaf Scholz did not meet Italian Prime Minister Giorgia Meloni.")).toEqual([]);
    expect(framesOf("German Chancellor Olaf Scholz declined to meet Italian Prime Minister Giorgia Meloni.")).toEqual([]);
    expect(framesOf("German Chancellor Olaf Scholz met with reporters in Berlin.")).toEqual([]);
  });

  it("returns no contact for a tally of meetings, 'met with criticism' or 'meets the requirements'", () => {
    expect(framesOf("German Chancellor Olaf Scholz has met Italian Prime Minister Giorgia Meloni eight times since 2022.")).toEqual([]);
    expect(framesOf("German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni have talked on several occasions.")).toEqual([]);
    expect(framesOf("German Chancellor Olaf Scholz's plan met with criticism from Italian Prime Minister Giorgia Meloni.")).toEqual([]);
    expect(framesOf("Italian Prime Minister Giorgia Meloni said the plan of German Chancellor Olaf Scholz meets the requirements.")).toEqual([]);
    expect(framesOf("Italian Prime Minister Giorgia Meloni called on German Chancellor Olaf Scholz to end the dispute.")).toEqual([]);
  });

  it("returns the contact of 'before holding talks with Y' (c030, Prensa Latina style): 'before' orders events, it denies none", () => {
    expect(framesOf("Tanzanian President Samia Suluhu Hassan inspected a guard of honour before holding talks with Kenyan President Uhuru Kenyatta.").map((h) => h.names)).toEqual(["Samia Suluhu Hassan | Uhuru Kenyatta"]);
  });

  it("returns no contact for a request ('urged X to hold talks with Y', 'called for talks with Y'), a letter received, or a decision welcomed", () => {
    expect(framesOf("Italian Prime Minister Giorgia Meloni urged German Chancellor Olaf Scholz to hold talks with French President Emmanuel Macron.")).toEqual([]);
    expect(framesOf("Italian Prime Minister Giorgia Meloni called for talks with German Chancellor Olaf Scholz.")).toEqual([]);
    expect(framesOf("Italian Prime Minister Giorgia Meloni received a letter from German Chancellor Olaf Scholz.")).toEqual([]);
    expect(framesOf("Italian Prime Minister Giorgia Meloni welcomed the decision of German Chancellor Olaf Scholz.")).toEqual([]);
  });

  it("returns the owner of the contact noun as its agent: 'X's meeting with Y'", () => {
    expect(framesOf("German Chancellor Olaf Scholz's meeting with Italian Prime Minister Giorgia Meloni was held in Rome on Monday.").map((h) => h.names)).toEqual(["Olaf Scholz | Giorgia Meloni"]);
  });

  it("returns a planned contact for 'will meet', 'is scheduled to meet' and 'next week'", () => {
    expect(framesOf("German Chancellor Olaf Scholz will meet Italian Prime Minister Giorgia Meloni.")[0]?.status).toBe("planned");
    expect(framesOf("German Chancellor Olaf Scholz is scheduled to hold talks with Italian Prime Minister Giorgia Meloni.")[0]?.status).toBe("planned");
    expect(framesOf("German Chancellor Olaf Scholz meets Italian Prime Minister Giorgia Meloni next week.")[0]?.status).toBe("planned");
  });
});
