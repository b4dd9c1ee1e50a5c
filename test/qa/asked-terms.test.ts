import { describe, expect, it } from "vitest";
import { initialsOf, missingKind, officeWordsOf, shows } from "../../src/qa/asked-terms";
import { stem } from "../../src/qa/retrieval";

describe("shows", () => {
  it("returns true for a contact told in another contact word", () => {
    expect(shows("varan held talks with telu in orvane", stem("meet"))).toBe(true);
  });
  it("returns true for a hyphened word shown by its part, less the prefix", () => {
    expect(shows("the veldian deputy minister held consultations with telu", "inter-ministeri")).toBe(true);
  });
  it("returns true for a counted thing told by its kin", () => {
    expect(shows("they signed three memoranda of understanding", stem("agreement"))).toBe(true);
  });
  it("returns true for letters of credence or of introduction told as credentials", () => {
    const reply = "aldor presented credentials to the veldian president";
    expect(["letter", "credence", "introduction"].every((w) => shows(reply, stem(w)))).toBe(true);
  });
  it("returns true for a chair, a co-chair or a briefing told as the talks", () => {
    expect(shows("varan held talks with telu", stem("co-chaired"))).toBe(true);
    expect(shows("varan met telu in tarsk", stem("briefed"))).toBe(true);
  });
  it("returns true for a journey in another of its words and a hyphened word written without its hyphen", () => {
    expect(shows("varan's trip to tarsk", stem("visit"))).toBe(true);
    expect(shows("the veldian-orvanian binational commission", stem("bi-national"))).toBe(true);
    expect(shows("the two ministers cochaired the session", stem("co-chair"))).toBe(true);
  });
  it("returns true for an acronym the reply spells out, a word in capitals giving its letters", () => {
    const written = "Varan met Telu on the sidelines of the 9th VS Orvane Council in Tarsk";
    expect(shows(written.toLowerCase(), "vsoc", initialsOf([written], ["vsoc"]))).toBe(true);
    expect(shows(written.toLowerCase(), "tvc", initialsOf([written], ["tvc"]))).toBe(false);
  });
  it("returns true for a share told as a percentage, a value as a worth, a target as an aim", () => {
    expect(shows("veldia buys about 20 percent of the gas it consumes from orvane", stem("share"))).toBe(true);
    expect(shows("part of a package worth 15 million", stem("value"))).toBe(true);
    expect(shows("the aim of lifting two-way trade to 10 billion", stem("target"))).toBe(true);
  });
  it("returns false for a share, a value or a target the reply does not tell", () => {
    expect(shows("varan met telu in tarsk on 4 may", stem("share"))).toBe(false);
    expect(shows("varan met telu in tarsk on 4 may", stem("target"))).toBe(false);
  });
  it("returns false for a letter that is not told as credentials", () => {
    expect(shows("varan met telu in tarsk on 4 may", stem("letter"))).toBe(false);
  });
  it("returns false for an occasion the reply does not tell", () => {
    expect(shows("varan met telu in orvane on 4 may", stem("dinner"))).toBe(false);
  });
});

describe("missingKind", () => {
  it("returns the kind of a word a reply need not show", () => {
    const offices = officeWordsOf("when did Varan meet the Veldian special envoy on Friday");
    expect(missingKind(stem("friday"), "Friday", { offices })).toBe("time");
    expect(missingKind(stem("job"), "job", { offices })).toBe("form");
    expect(missingKind(stem("envoy"), "envoy", { offices })).toBe("office");
    expect(missingKind(stem("dinner"), "dinner", { offices })).toBe("content");
  });
  it("returns form for a light verb, a word that reports, a word of how much", () => {
    const offices = officeWordsOf("what target did the two ministers set");
    for (const w of ["set", "get", "mention", "according", "total", "high"]) expect(missingKind(stem(w), w, { offices })).toBe("form");
    expect(missingKind(stem("pipeline"), "pipeline", { offices })).toBe("content");
  });
  it("returns form for the words that frame an occasion, and time for the words of plans", () => {
    const offices = officeWordsOf("who did Varan meet on the sidelines of the Tarsk summit");
    expect(missingKind(stem("sidelines"), "sidelines", { offices })).toBe("form");
    expect(missingKind(stem("delegation"), "delegation", { offices })).toBe("form");
    expect(missingKind(stem("expected"), "expected", { offices })).toBe("time");
    expect(missingKind(stem("summit"), "summit", { offices })).toBe("content");
  });
  it("returns office for a style before a name and for an office word the lemma spells otherwise", () => {
    const question = "when did Sheikh Varan meet the Veldian vice president";
    const offices = officeWordsOf(question);
    expect(missingKind(stem("sheikh"), "Sheikh", { offices })).toBe("office");
    for (const t of offices) if (!t.includes(" ")) expect(missingKind(t, undefined, { offices })).toBe("office");
  });
  it("returns country for a word of a country of several words", () => {
    const countries = new Set(["orvane", "islands", "island"]);
    expect(missingKind(stem("islands"), "islands", { offices: new Set(), countries })).toBe("country");
  });
});
