import { describe, expect, it } from "vitest";
import { contactCandidates, FEATURE_NAMES } from "../../src/extract/contact-features";
import { type ContactModel } from "../../src/extract/contact-model";
import { extractIndex } from "../../src/extract/index";
import { meetingKey } from "./helpers";

/** A model that weighs one general construction only: the clause's subject, a contact word beside the pair, the other side of another country. */
const model: ContactModel = { rule: "contact-model", features: [...FEATURE_NAMES], weights: FEATURE_NAMES.map((n) => (n === "subject-cue-other" ? 8 : 0)), bias: -4, threshold: 0.5 };

const ARTICLE =
  "Kenyan Foreign Minister Lena Varan is working through a long list of bilateral meetings in New York on Monday, among them Peru's Foreign Minister Olek Telu. " +
  "Varan said Peruvian Foreign Minister Arno Kessel's country should pay its debts.";

const read = (contactModel: ContactModel | null) => extractIndex([{ file: "t/x.txt", text: ` date 2024-09-25\n${ARTICLE}` }], { contactModel });

describe("the learned contact decision", () => {
  it("returns a meeting no frame reads for a pair named beside a contact word, dated and placed by its sentence, its rule naming the model", () => {
    const index = read(model);
    const learned = index.meetings.filter((m) => m.rule === "contact-model");
    expect(learned.map((m) => meetingKey(index, m))).toEqual(["Lena Varan + Olek Telu"]);
    expect(learned[0]!.date).toMatchObject({ month: 9, day: 23 });
    expect(learned[0]!.place).toBe("New York");
  });

  it("returns no meeting for 'A said B's country should …'", () => {
    const index = read(model);
    expect(index.meetings.map((m) => meetingKey(index, m))).not.toContain("Arno Kessel + Lena Varan");
  });

  it("returns the frames' meetings alone without a model", () => {
    expect(read(null).meetings).toEqual([]);
  });

  it("returns no candidate for a pair the frames already joined", () => {
    const seen: number[][] = [];
    extractIndex([{ file: "t/y.txt", text: " date 2024-09-25\nKenyan Foreign Minister Lena Varan met Peru's Foreign Minister Olek Telu in Lima on Monday." }], {
      contactModel: null,
      onContactCandidates: (_article, candidates) => seen.push(...candidates.map((c) => c.people)),
    });
    expect(seen).toEqual([]);
  });

  /** The features of each candidate pair of an article, by the pair's names. */
  const featuresOf = (text: string): Map<string, Record<string, number>> => {
    const out = new Map<string, Record<string, number>>();
    extractIndex([{ file: "t/z.txt", text: ` date 2024-09-25\n${text}` }], {
      contactModel: null,
      onContactCandidates: (_article, candidates, people) => {
        for (const c of candidates) out.set(c.people.map((p) => people[p]!.name).sort().join(" + "), Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, c.features[i]!])));
      },
    });
    return out;
  };

  it("describes two people of one list of names as listed, with a third in it, and two envoys as envoys", () => {
    const pairs = featuresOf("Veldian Ambassador Lena Varan, Orvanian Ambassador Olek Telu and Tarskian Ambassador Arno Kessel stressed regional security.");
    expect(pairs.get("Lena Varan + Olek Telu")).toMatchObject({ listed: 1, "listed-three": 1, "both-envoys": 1 });
  });

  it("describes a contact word owned by a third person: 'A named Z's meeting with B'", () => {
    const pairs = featuresOf("Veldian Prime Minister Lena Varan named Foreign Minister Arno Kessel's meeting with Orvanian Foreign Minister Olek Telu in Tarsk.");
    expect(pairs.get("Lena Varan + Olek Telu")).toMatchObject({ "third-owner": 1 });
  });

  it("returns one value per feature name for every candidate", () => {
    const candidates = contactCandidates({ sents: [], refs: [], people: [], meetings: [] });
    expect(candidates).toEqual([]);
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_NAMES.length);
  });
});
