import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { fromSignals, isDoubtful, type ConfidenceModel } from "../../src/qa/confidence";
import { gatesKnowledge } from "./gates-fixture";

const k = gatesKnowledge();
const ask = (q: string) => answer(q, k);

describe("answer: replies it is not sure of", () => {
  it("returns found=false, and still what the articles say, when asked when about something the meeting's sentences never mention and the date has no year", () => {
    const a = ask("when did moko and tepa speak about the fisheries treaty");
    expect(a.found).toBe(false);
    expect(a.text).toContain("do not mention “fisheries” or “treaty”");
    expect(a.text).toContain("14 August");
    expect(a.signals?.withheld).toBe(true);
  });

  it("returns the meeting when the question asks only what the articles tell", () => {
    const a = ask("when did moko speak with tepa");
    expect(a.found).toBe(true);
    expect(a.text).toContain("14 August");
    expect(a.signals?.withheld).toBeUndefined();
  });

  it("returns the date when the question names a side by office and asks with the word of contact the record is", () => {
    for (const question of ["when did the samoan speaker receive tamm", "when did fale receive the estonian foreign minister"]) {
      const a = ask(question);
      expect(a.found).toBe(true);
      expect(a.text).toContain("9 April 2024");
    }
  });

  it("returns a full date as an answer however the question is worded", () => {
    const a = ask("when did varo and tamm meet");
    expect(a.found).toBe(true);
    expect(a.text).toContain("4 March 2024");
  });
});

describe("answer: the signals of a reply", () => {
  it("returns the path that made the reply: an intent's answerer, or the reader with how it read", () => {
    expect(ask("when did varo and tamm meet").signals?.path).toBe("answerer");
    // ("when did moko call tepa" is the answerer's too: "call" is a word of contact, stop word or not)
    expect(ask("when did moko call tepa").signals?.path).toBe("answerer");
    const read = ask("which session of the nordic council did olafs attend");
    expect(read.found).toBe(true);
    expect(read.signals?.path).toMatch(/^reader/);
    expect(read.signals?.via).toBe("span");
  });

  it("returns no word of the question missing when the reply's evidence names what its words name (a side by office, a country, the contact)", () => {
    const f = ask("when did the samoan speaker receive tamm").signals?.features;
    expect(f?.terms_missing).toBe(0);
    expect(f?.evidence_terms_missing).toBe(0);
  });

  it("returns the words of the question the evidence never holds as missing", () => {
    expect(ask("when did moko and tepa speak about the fisheries treaty").signals?.features.evidence_terms_missing).toBeGreaterThan(0);
  });

  it("returns no signals when the articles do not answer", () => {
    const a = ask("when did varo and olafs meet");
    expect(a.found).toBe(false);
    expect(a.signals).toBeUndefined();
  });
});

describe("confidence: P(wrong) of a reply's signals", () => {
  const model: ConfidenceModel = { bias: -2, weights: { risky: 3 }, threshold: 0.5, features: ["risky"], trainedOn: [], validation: [] };

  it("returns a higher chance of being wrong for a reply with a risky signal than without", () => {
    expect(fromSignals(model, { risky: 1 })).toBeGreaterThan(fromSignals(model, {}));
    expect(fromSignals(model, { unknown_signal: 5 })).toBeCloseTo(fromSignals(model, {}));
  });

  it("returns doubtful exactly at or above the threshold", () => {
    expect(isDoubtful({ risky: 1 }, model)).toBe(true);
    expect(isDoubtful({}, model)).toBe(false);
  });
});

describe("answer: a phone call given for a contact face to face", () => {
  it("returns found=false when the only record of the pair asked is a phone call and the question asks of a reception or a host", () => {
    for (const question of ["when did tepa receive moko", "when did tepa host moko"]) {
      const a = ask(question);
      expect(a.found, question).toBe(false);
    }
  });

  it("returns the call when the question asks of any contact, or of a call received", () => {
    for (const question of ["when did moko speak with tepa", "when did tepa receive the call from moko"]) {
      const a = ask(question);
      expect(a.found, question).toBe(true);
      expect(a.signals?.features.call_for_visit, question).toBe(0);
    }
  });
});

describe("answer: a meeting placed nowhere given for a place asked", () => {
  it("returns found=false, and what the articles say, when the only meeting of the person asked has no place and its article never names the place asked", () => {
    const a = ask("who did borg meet in suva");
    expect(a.found).toBe(false);
    expect(a.text).toContain("do not mention “Suva”");
    expect(a.text).toContain("Koro");
    expect(a.signals?.features.record_place_unsaid).toBe(1);
  });

  it("returns the meeting when its article names the place asked elsewhere (the article is set there; the meeting's place was not read)", () => {
    const a = ask("who did borg meet in valletta");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Koro");
    expect(a.signals?.features.record_place_unsaid).toBe(0);
  });

  it("returns the meeting when its record is placed in the place asked, or in a city of the country asked", () => {
    for (const question of ["who did varo meet in tallinn", "who did varo meet in estonia"]) {
      const a = ask(question);
      expect(a.found, question).toBe(true);
      expect(a.text, question).toContain("Tamm");
      expect(a.signals?.features.record_place_unsaid, question).toBe(0);
    }
  });

  it("returns the meeting when no place is asked", () => {
    const a = ask("who did borg meet");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Koro");
  });
});
