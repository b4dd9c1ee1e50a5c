import { describe, expect, it } from "vitest";
import { compatibleOffices, findOffices, isNationalInstitution, normaliseTitle, officeRoles, officeWordKind, samePost } from "../../src/nlp/offices";

describe("officeRoles", () => {
  it("returns the posts a title names, whatever the word order", () => {
    expect(officeRoles("Deputy Prime Minister and Minister of Foreign Affairs")).toEqual(["deputy prime minister", "foreign minister"]);
    expect(officeRoles("Ambassador Extraordinary and Plenipotentiary")).toEqual(["ambassador"]);
    expect(officeRoles("Foreign and Expatriates Minister")).toContain("foreign minister");
    expect(officeRoles("Minister for Europe and Foreign Affairs")).toContain("foreign minister");
    expect(officeRoles("Minister for Foreign and European Affairs")).toContain("foreign minister");
  });

  it("returns a foreign minister's post for a foreign ministry under another name, not for a ministry of international cooperation", () => {
    // read17 q404 (Botswana, South Africa), read18 r513 (Cameroon), read19 r623 (Angola): the ministries' own names
    expect(officeRoles("Minister of International Relations and Cooperation")).toContain("foreign minister");
    expect(officeRoles("Minister of International Affairs and Cooperation")).toContain("foreign minister");
    expect(officeRoles("Minister of External Relations")).toContain("foreign minister");
    expect(officeRoles("Minister of International Cooperation")).not.toContain("foreign minister");
  });

  it("reads a cabinet secretary of a domain as its minister, not a bare or a chief cabinet secretary", () => {
    // read13 n101, read26 w103 and w110, read28 x141 and x142, read30 x190 (Kenya's cabinet): "Foreign Affairs Cabinet Secretary"
    expect(officeRoles("Foreign Affairs Cabinet Secretary")).toEqual(["foreign minister"]);
    expect(officeRoles("Cabinet Secretary for Foreign and Diaspora Affairs")).toContain("foreign minister");
    expect(officeRoles("Public Service Cabinet Secretary")).toEqual(["public service minister"]);
    expect(officeRoles("Cabinet Secretary")).toEqual(["cabinet secretary"]);
    expect(officeRoles("Chief Cabinet Secretary")).not.toContain("chief minister");
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

describe("samePost", () => {
  it("returns true for one post written two ways, and for a post and its designate", () => {
    expect(samePost("Foreign Minister", "Minister of Foreign Affairs")).toBe(true);
    expect(samePost("Prime Minister-designate", "Prime Minister")).toBe(true);
  });
  it("returns false for a head of state and the president of a chamber", () => {
    expect(samePost("President", "President of the Senate")).toBe(false);
  });
  // heldout48 x508: "Vietnam's envoy, Mr X" is "the Vietnamese ambassador" who paid the courtesy calls
  it("returns true for a bare envoy and an ambassador, false for a special envoy", () => {
    expect(samePost("Envoy", "Ambassador")).toBe(true);
    expect(samePost("Special Envoy", "Ambassador")).toBe(false);
  });
});

describe("isNationalInstitution", () => {
  it("returns true for a state's chambers, courts and staffs", () => {
    for (const name of ["Chamber of Deputies", "Senate", "Joint Chiefs of Staff", "Islamabad High Court", "National Assembly"]) expect(isNationalInstitution(name)).toBe(true);
  });
  it("returns false for bodies of several states", () => {
    for (const name of ["Association of Caribbean States", "UN Security Council", "European Parliament", "Organization of Turkic States"]) expect(isNationalInstitution(name)).toBe(false);
  });
});
