import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { gatesKnowledge } from "./gates-fixture";
import { linkQuestion } from "../../src/qa/link";
import { asksOtherOccasion } from "../../src/qa/occasion";

const k = gatesKnowledge();
const ask = (q: string) => answer(q, k);

describe("answer: a list that shares nothing with the question is no answer", () => {
  it("returns found=false for arrivals asked by a country none of them names, not every arrival", () => {
    const a = ask("Which ministers went to Samoa?");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("Kalev Tamm arrived");
  });

  it("returns found=false for a thing no fact names, not the arrivals of everyone", () => {
    const a = ask("Which delegations went to the film festival?");
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("arrived");
  });
});

describe("answer: who else did A meet", () => {
  it("returns found=false when A met one person only, and shows that meeting", () => {
    const a = ask("who else did rosa paz meet");
    expect(a.found).toBe(false);
    expect(a.text).toContain("no other meeting of Rosa Paz");
    expect(a.text).toContain("Hugo Lara");
  });

  it("returns everyone A met when A met several people", () => {
    const a = ask("who else did lui fale meet");
    expect(a.found).toBe(true);
    for (const name of ["Tane Moko", "Mart Saar", "Kalev Tamm"]) expect(a.text).toContain(name);
  });

  it("still answers who else was at a named meeting", () => {
    const a = ask("who else was in the meeting between varo and tamm");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Piret Lepp");
  });
});

describe("answer: who accompanied A", () => {
  it("returns found=false when the article names no one in A's party, never the person A met", () => {
    for (const q of ["who accompanied tamm to apia", "which ministers accompanied tamm to apia", "who was in tamm's delegation in apia"]) {
      const a = ask(q);
      expect(a.found, q).toBe(false);
      expect(a.text, q).not.toMatch(/^• Lui Fale/);
    }
  });
});

describe("answer: another occasion than the one the articles report", () => {
  it("returns found=false for the meeting before, and shows the one the articles report", () => {
    for (const q of ["where did varo and tamm meet before", "when did varo and tamm last meet before the talks", "did varo and tamm meet previously"]) {
      const a = ask(q);
      expect(a.found, q).toBe(false);
      expect(a.text, q).toContain("no other occasion");
      expect(a.text, q).toContain("Tallinn");
    }
  });

  it("returns found=false for a meeting after the place the articles report", () => {
    const a = ask("who is varo meeting after iceland");
    expect(a.found).toBe(false);
    expect(a.text).toContain("no other occasion");
  });

  it("takes 'earlier this month', 'earlier in the week' for a date, not for another occasion", () => {
    for (const q of ["who did varo meet earlier this month", "who did tamm meet earlier in the week"]) expect(asksOtherOccasion(q, linkQuestion(q, k)), q).toBe(false);
    expect(asksOtherOccasion("did varo and tamm meet earlier", linkQuestion("did varo and tamm meet earlier", k))).toBe(true);
  });

  it("still answers where and when the meeting the articles report took place", () => {
    expect(ask("where did varo and tamm meet").text).toContain("Tallinn");
    expect(ask("who is varo meeting in iceland").text).toContain("Bjorn Olafs");
  });
});

describe("answer: a plural title that names no one", () => {
  it("returns found=false, not every minister of the articles, for 'the ministers to <country>' when none is posted there", () => {
    const a = ask("what event brought the foreign ministers to iceland");
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/people fit|Ilsa Varo/);
  });

  it("reads 'the ministers call X' as a verb, not as every minister's phone calls", () => {
    const a = ask("when did the envoys call the plan realistic");
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/phone call|spoke by phone/);
  });
});

describe("answer: the form of a question read right", () => {
  it("reads 'is A having lunch with B?' as a yes/no question about a meeting, not as who A and B are", () => {
    const a = ask("is varo having lunch with tamm");
    expect(a.text).toMatch(/^(Yes|No)\b/);
    expect(a.text).not.toContain("people fit");
  });

  it("returns no greeting for 'how was the fifth round held?'", () => {
    const a = ask("How was the fifth round held?");
    expect(a.text).not.toMatch(/^Hello/);
    expect(a.intent).not.toBe("greeting");
  });
});
