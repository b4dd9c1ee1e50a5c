import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { linkQuestion } from "../../src/qa/link";
import { gatesKnowledge } from "./gates-fixture";

const k = gatesKnowledge();
const ask = (q: string) => answer(q, k);

describe("answer: an occasion the question names (the airport, a dinner, a summit) that the meeting's sentences do not", () => {
  it("returns found=false for a meeting at the airport when the articles tell of talks in Tallinn, and says what they do report", () => {
    const a = ask("did varo and tamm meet at the airport");
    expect(a.found).toBe(false);
    expect(a.text).toContain("airport");
    expect(a.text).toContain("Tallinn");
    expect(ask("who met tamm at the airport").found).toBe(false);
    expect(ask("when did varo meet tamm over dinner").found).toBe(false);
  });

  it("still answers when the meeting's sentence names the venue asked", () => {
    const a = ask("when did fale receive tamm at the palace");
    expect(a.found).toBe(true);
    expect(a.text).toContain("9 April 2024");
  });

  it("still answers the same question with no occasion named", () => {
    expect(ask("when did varo and tamm meet").text).toContain("4 March 2024");
  });
});

describe("answer: a name the articles write but report at no meeting", () => {
  it("says no to 'did A meet <that name>?', never yes with A's other meetings", () => {
    const a = ask("Did Varo meet Nordic Council?");
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^No/);
  });

  it("takes a capitalised topic before a noun ('EU issues') or a month for no name of the occasion", () => {
    expect(linkQuestion("will varo discuss Nordic issues with tamm", k).specifics).toBeUndefined();
    expect(linkQuestion("who did varo meet on May 10", k).specifics).toBeUndefined();
  });
});

describe("answer: a name the articles write, typed in lower case", () => {
  it("says no to 'did A meet <that name>?' as it does when the name is capitalised", () => {
    const a = ask("did varo meet nordic council");
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/^No/);
    expect(linkQuestion("what did nordic council agree to", k).specifics?.map((x) => x.asked)).toEqual(["nordic", "council"]);
  });

  it("takes a lower-case word before a noun of the question ('nordic issues') for no name", () => {
    expect(linkQuestion("will varo discuss nordic issues with tamm", k).specifics).toBeUndefined();
  });
});
