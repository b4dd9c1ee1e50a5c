import { describe, expect, it } from "vitest";
import { compatibleOffices, findOffices, normaliseTitle, officeRoles, officeWordKind } from "../../src/nlp/offices";

describe("officeRoles", () => {
  it("returns the posts a title names, whatever the word order", () => {
    expect(officeRoles("Deputy Prime Minister and Minister of Foreign Affairs")).toEqual(["deputy prime minister", "foreign minister"]);
    expect(officeRoles("Foreign and Expatriates Minister")).toContain("foreign minister");
  });
});

describe("compatibleOffices", () => {
  it("returns true for two wordings of one post and false for different posts", () => {
    expect(compatibleOffices("Deputy Prime Minister and Foreign Minister", "Deputy Prime Minister and Minister of Foreign Affairs")).toBe(true);
    expect(compatibleOffices("Minister", "Health Minister")).toBe(true);
    expect(compatibleOffices("Health Minister", "Ambassador")).toBe(false);
  });
});

describe("normaliseTitle", () => {
  it("returns a singular title-case title", () => {
    expect(normaliseTitle(["vice", "ministers", "of", "foreign", "affairs"])).toBe("Vice Minister of Foreign Affairs");
    expect(officeWordKind("Ambassador")).toBe("head");
    expect(officeWordKind("Pevida")).toBeUndefined();
  });
});

describe("findOffices", () => {
  it("returns the titles of a question in any case, singular", () => {
    expect(findOffices("who did the syrian foreign minister meet").map((o) => o.title)).toEqual(["Foreign Minister"]);
    expect(findOffices("Which health ministers met the Vice President?").map((o) => o.title)).toEqual(["Health Minister", "Vice President"]);
    expect(findOffices("Who is the chairman of the NPC Standing Committee?")[0]).toMatchObject({ title: "Chairman", text: "chairman", index: 11 });
  });

  it("returns nothing for a text with no title", () => {
    expect(findOffices("What is the weather in Havana today?")).toEqual([]);
  });
});
