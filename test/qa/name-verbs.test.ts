import { describe, expect, it } from "vitest";
import { isMeetingYesNo } from "../../src/qa/answerers/yes-no";
import { parseText } from "../../src/qa/parse";

// Korean and Chinese family names that are also English verbs (Park, Sun, Moon, Ban) open many
// questions; the lite model calls them verbs, and "did X meet Y?" was then not read as a yes/no.
describe("a name word that is also a verb", () => {
  it("is read as a name when it opens the subject of a yes/no question", () => {
    expect(isMeetingYesNo("Did Park Varan meet Telu?")).toBe(true);
    expect(isMeetingYesNo("Did Sun Orvane talk to Halvik?")).toBe(true);
    expect(isMeetingYesNo("Did Moon meet Telu?")).toBe(true);
  });

  it("still lets the real verb decide", () => {
    expect(isMeetingYesNo("Did Moon Telu agree to visit Varan?")).toBe(false);
    expect(isMeetingYesNo("Did Varan sign the deal?")).toBe(false);
  });

  it("leaves the verbs of ordinary questions alone", () => {
    const { values, tags } = parseText("Did Varan meet Telu in Ljubljana?");
    expect(tags[values.indexOf("meet")]).toBe("VERB");
  });
});
