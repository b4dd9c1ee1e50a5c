import { describe, expect, it } from "vitest";
import { missingKind, officeWordsOf, shows } from "../../src/qa/asked-terms";
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
  it("returns false for an occasion the reply does not tell", () => {
    expect(shows("varan met telu in orvane on 4 may", stem("dinner"))).toBe(false);
  });
});

describe("missingKind", () => {
  it("returns the kind of a word a reply need not show", () => {
    const offices = officeWordsOf("when did Varan meet the Veldian special envoy on Friday");
    expect(missingKind(stem("friday"), "Friday", offices)).toBe("time");
    expect(missingKind(stem("job"), "job", offices)).toBe("form");
    expect(missingKind(stem("envoy"), "envoy", offices)).toBe("office");
    expect(missingKind(stem("dinner"), "dinner", offices)).toBe("content");
  });
});
