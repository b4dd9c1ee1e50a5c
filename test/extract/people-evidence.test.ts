import { describe, expect, it } from "vitest";
import { bylinePerson } from "../../src/extract/byline-person";
import { cleanArticle } from "../../src/extract/clean";
import { extractIndex } from "../../src/extract/index";
import { findMentions, type NameMention } from "../../src/extract/mentions";
import { segment } from "../../src/extract/segment";

// Evidence around a full name that no title precedes: the list it shares with a titled name, the side of a contact its
// surname takes elsewhere, the leader after "led by", the object of "invited" / "briefed", and the reporter a byline
// names. The constructions come from read articles of several sources (quoted in the commit message); the sentences
// tested are made up.

const names = (text: string): NameMention[] => findMentions(segment([{ text }])[0]!).filter((m): m is NameMention => m.kind === "name");
const person = (text: string, name: string): boolean => names(text).some((m) => m.name === name && m.evidence);
const index = (text: string, head = "Varan meets Telu") => extractIndex([{ file: "seeds/t.txt", text: `${head}\n\n${text}` }]);

describe("a full name listed with a name titled by a demonym and an office", () => {
  it("returns the untitled name as a person's", () => {
    expect(person("Orvo Kestel and Kenyan Vice-Premier Aldor Telu pledged to deepen the partnership.", "Orvo Kestel")).toBe(true);
    expect(person("Orvo Kestel and Kenyan President Aldor Telu signed the accord.", "Orvo Kestel")).toBe(true);
  });

  it("returns no person for a name listed with a demonym and a name but no office", () => {
    expect(person("Orvo Kestel and Kenyan Aldor Telu went on.", "Orvo Kestel")).toBe(false);
  });
});

describe("a name whose surname alone is a side of a contact elsewhere", () => {
  it("returns the full name as a person's when the surname is received, met or welcomed", () => {
    const text = "Orvo Kestel is in Tarsk for a second week. On Monday Foreign Minister Aldor Telu was received by Kestel at the palace.";
    expect(index(text).people.map((p) => p.name)).toContain("Orvo Kestel");
  });

  it("returns no person for a full name whose surname is never a side", () => {
    const text = "Orvo Kestel is in Tarsk for a second week. Foreign Minister Aldor Telu spoke of Kestel at length.";
    expect(index(text).people.map((p) => p.name)).not.toContain("Orvo Kestel");
  });
});

describe("a name after 'led by', 'headed by', 'invited', 'briefed'", () => {
  it("returns the leader of a side and the one invited or briefed as people", () => {
    expect(person("The new ministry, to be headed by Orvo Kestel, opens in May.", "Orvo Kestel")).toBe(true);
    expect(person("A trade mission led by Orvo Kestel arrived on Monday.", "Orvo Kestel")).toBe(true);
    expect(person("The president invited Orvo Kestel to visit Tarsk.", "Orvo Kestel")).toBe(true);
    expect(person("The minister briefed Orvo Kestel on the talks.", "Orvo Kestel")).toBe(true);
  });

  it("returns no person for an institution led by no one", () => {
    expect(names("The mission was led by Orvane University staff.").some((m) => m.evidence)).toBe(false);
  });
});

describe("a pair that met, told by a clause of time before a trailing source", () => {
  it("returns the pair's meeting, the source's owner no side of it", () => {
    const text =
      "TARSK, June 22 (Wire) – Orvo Kestel and Kenyan Vice-Premier Aldor Telu pledged to deepen the partnership when they met in the parliament building in Tarsk yesterday, the prime minister's press chief said.";
    const idx = index(text, "Veldia and Orvane pledge partnership");
    const pairs = idx.meetings.map((m) => m.participants.flatMap((p) => (p.kind === "person" && !p.role ? [idx.people.find((x) => x.id === p.person)?.name] : [])).sort());
    expect(pairs).toContainEqual(["Aldor Telu", "Orvo Kestel"]);
  });
});

describe("the reporter a byline names", () => {
  it("returns the author of a byline with its date, and of one with a desk's post after the comma", () => {
    expect(cleanArticle("Talks in Tarsk\n\nBy Orvo Kestel | Saturday, January 7, 2023 | 4 min read\n\nVaran met Telu in Tarsk on Friday, the ministry said in a statement.").author).toBe("Orvo Kestel");
    expect(cleanArticle("Talks in Tarsk\n\nBy Orvo Kestel, staff correspondent\n\nVaran met Telu in Tarsk on Friday, the ministry said in a statement.").author).toBe("Orvo Kestel");
  });

  it("returns the post the byline gives its reporter, after the name or on the line below", () => {
    expect(cleanArticle("Talks in Tarsk\n\nBy Orvo Kestel, Pacific correspondent\n\nVaran met Telu in Tarsk on Friday, the ministry said in a statement.").authorRole).toBe("Pacific correspondent");
    expect(cleanArticle("Veldia and Orvane agree to deepen their trade ties\n\nBy Orvo Kestel\nRegional Correspondent\n\nVaran met Telu in Tarsk on Friday, the ministry said in a statement.").authorRole).toBe("Regional Correspondent");
    expect(bylinePerson("Orvo Kestel", "staff correspondent")?.offices[0]?.title).toBe("Staff correspondent");
  });

  it("returns no author for a byline of a desk or staff", () => {
    expect(cleanArticle("Talks in Tarsk\n\nBy Tarsk Wire staff\n\nVaran met Telu in Tarsk on Friday, the ministry said in a statement.").author).toBeUndefined();
    expect(cleanArticle("Talks in Tarsk\n\nBy Staff Reporter, Tarsk\n\nVaran met Telu in Tarsk on Friday, the ministry said in a statement.").author).toBeUndefined();
  });

  it("returns a reporter for a person's name, none for a newsroom, an outlet or a label", () => {
    expect(bylinePerson("Orvo Kestel")).toMatchObject({ name: "Orvo Kestel", offices: [{ title: "Reporter", from: "byline" }] });
    expect(bylinePerson("B. Kestel")?.name).toBe("B. Kestel");
    for (const author of ["Tarsk Wires", "MEDIA RELEASE", "Pacific Affairs Reporter", "Story Highlights", "K.Q.", "TWA"]) expect(bylinePerson(author)).toBeUndefined();
  });

  it("returns the reporter as a person of the article, in no meeting", () => {
    const idx = extractIndex([{ file: "seeds/t.txt", text: "Veldia and Orvane sign accord\n\nBy Orvo Kestel\n\nTARSK, May 3 (Wire) – Foreign Minister Varan Telu met Orvanian Foreign Minister Aldor Kemi in Tarsk on Friday." }]);
    const reporter = idx.people.find((p) => p.name === "Orvo Kestel");
    expect(reporter?.offices.map((o) => o.title)).toEqual(["Reporter"]);
    expect(idx.meetings.flatMap((m) => m.participants).some((p) => p.kind === "person" && p.person === reporter?.id)).toBe(false);
    expect(idx.meetings.length).toBeGreaterThan(0);
  });
});
