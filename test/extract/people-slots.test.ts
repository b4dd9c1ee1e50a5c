import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { findMentions, type NameMention } from "../../src/extract/mentions";
import { segment } from "../../src/extract/segment";

// A capitalised name in a slot only people fill is a person's, with no title before it. The
// constructions come from read articles of different sources (quoted in comments: devA h008/h012,
// devC m005/m007/m011, devD d019); the sentences tested are made up.

const names = (text: string): NameMention[] => findMentions(segment([{ text }])[0]!).filter((m): m is NameMention => m.kind === "name");
const person = (text: string, name: string): boolean => names(text).some((m) => m.name === name && m.evidence);
const index = (text: string) => extractIndex([{ file: "seeds/t.txt", text: `Varan meets Telu\n\n${text}` }]);
const peopleOf = (text: string): string[] => index(text).people.map((p) => p.name);

describe("a name apposed to an office once held", () => {
  // "Edgars Rinkēvičs, a former Latvian foreign minister, is now Latvia's head of state." (devA h012)
  // "Putin began the day by receiving Dilma Rousseff, the former Brazilian president who now heads …" (devD d019)
  it("returns the name as a person's, with no current office from it", () => {
    const [varan] = names("Orvane Varan, a former Veldian foreign minister, is now the head of state.");
    expect(varan).toMatchObject({ name: "Orvane Varan", evidence: true });
    expect(varan?.office).toBeUndefined();
    expect(person("The summit opened with Telu Marrow, the former Veldian president who now heads the bank.", "Telu Marrow")).toBe(true);
  });

  it("returns no person for a name apposed to a former thing that is no office", () => {
    expect(person("The talks moved to Orvane Hall, a former warehouse, on Monday.", "Orvane Hall")).toBe(false);
  });
});

describe("a name that is a side of a contact", () => {
  // "Putin began the day by receiving Dilma Rousseff, …" (devD d019)
  // "… holding talks with his host Santiago Peña before the two conservative leaders boarded …" (devC m007)
  it("returns the object of a verb of contact and the other side after 'talks with', 'a call from' as people", () => {
    expect(person("The president began the day by receiving Orvane Telu in the palace.", "Orvane Telu")).toBe(true);
    expect(person("The minister held talks with his host Varan Telu on Monday.", "Varan Telu")).toBe(true);
    expect(person("The minister received a call from Varan Telu on Monday.", "Varan Telu")).toBe(true);
  });

  // "… held talks on Wednesday with Alejandro Giammattei, a day after …" (devG g208), "… had a telephone conversation on
  // Wednesday with Bjarni Benediktsson" (read16 q210), "… met on Saturday with Ali Mohamed Omar" (read17 q407)
  it("returns the other side after a time that stands between the word of contact and its 'with'", () => {
    expect(person("The minister held talks on Wednesday with Varan Telu in the capital.", "Varan Telu")).toBe(true);
    expect(person("The minister met on Saturday morning with Varan Telu in the capital.", "Varan Telu")).toBe(true);
    expect(person("The minister spoke yesterday with Varan Telu by phone.", "Varan Telu")).toBe(true);
    expect(person("The minister arrived on Wednesday with Varan Telu in the capital.", "Varan Telu")).toBe(false);
  });

  it("returns a given name that is also a city's as part of the name after a word of contact", () => {
    expect(names("The minister held talks with his host Santiago Telu on Monday.").map((m) => m.name)).toContain("Santiago Telu");
  });

  it("returns no person for a country whose words open the name after the verb", () => {
    expect(names("President Varan Telu welcomed United Arab Emirates President Orvane Kestel on Tuesday.").map((m) => m.name)).toEqual(["Varan Telu", "Orvane Kestel"]);
  });
});

describe("a name that is the subject of a verb people do, past an auxiliary", () => {
  // "A spokesman for Libya's foreign ministry, Mohammed al-Giblawi, had described the ambassador's arrival as …" (devC m005)
  it("returns 'X has said', 'X had described', 'X will meet' as people", () => {
    expect(person("Varan Telu has said the talks went well.", "Varan Telu")).toBe(true);
    expect(person("Orvane al-Kestel had described the arrival as a step forward.", "Orvane al-Kestel")).toBe(true);
    expect(person("Varan Telu will meet the delegation on Monday.", "Varan Telu")).toBe(true);
  });

  it("returns no person for a name before a negated or unrelated verb", () => {
    expect(person("Orvane Bay has become a port.", "Orvane Bay")).toBe(false);
  });
});

describe("a full name whose surname alone speaks elsewhere", () => {
  // "Tsahkna spoke on Friday, as Krišjānis Kariņš made his first official visit …" / "Also on Friday, Kariņš met the Speaker …" (devA h012)
  it("returns the full name as a person when the surname alone is the subject of a verb of speech or contact", () => {
    expect(peopleOf("The visit came as Varan Telu made his first trip abroad. Later on Friday, Telu met the Speaker, Orvane Kestel.")).toContain("Varan Telu");
  });

  it("returns the full name as a person when the surname alone opens a pair of names before such a verb", () => {
    // shapes of a news agency (read18) and a national daily (corpus): "<surname> and <surname> signed two memoranda …",
    // "<surname> and <surname> met on the sidelines …", the first written in full once, untitled, in the lead
    expect(peopleOf("Varan Telu on Tuesday became the first Veldian minister to call there. Later, Telu and Kestel signed two memoranda.")).toContain("Varan Telu");
  });

  it("returns the full name as a person when the surname alone is such a subject past an auxiliary", () => {
    expect(peopleOf("Varan Telu on Tuesday became the first Veldian minister to call there. On Friday Telu will visit the port.")).toContain("Varan Telu");
  });

  it("returns no person when no sentence gives the surname such a verb", () => {
    expect(peopleOf("The visit came as Varan Telu made his first trip abroad. The Telu plan was discussed.")).not.toContain("Varan Telu");
  });
});

describe("a list announced by a plural office and a dash", () => {
  // "Çavuşoğlu also met, one after another, the foreign ministers of Poland, Gabon and Cameroon — Zbigniew Rau, Pacôme Moubelet Boubeya and Lejeune Mbella Mbella." (devA h008)
  it("returns each name of the list as a person holding the office", () => {
    const found = index("Kestel also met the foreign ministers of Veldia, Orvane and Telu — Varan Marro, Ilsa Denn and Tomo Baris.").people;
    for (const name of ["Varan Marro", "Ilsa Denn", "Tomo Baris"]) expect(found.find((p) => p.name === name)?.offices[0]?.title).toBe("Foreign Minister");
  });

  it("returns no office to a name after a dash that closes a clause", () => {
    const found = index("The foreign ministers met in Veldia on Monday — Varan Marro said the talks went well.").people;
    expect(found.find((p) => p.name === "Varan Marro")?.offices ?? []).toEqual([]);
  });
});

describe("names with letters beyond Latin-1", () => {
  // "… and was succeeded by Evika Siliņa." (devA h012); "… Manet's father." after names with ş, ğ (devA h008)
  it("returns a name ending a sentence without its full stop", () => {
    expect(names("He resigned and was succeeded by Varan Siliņa.").map((m) => m.name)).toEqual(["Varan Siliņa"]);
  });

  it("returns the whole name when its piece before the letter reads as an English word ('Da' of 'Dačić')", () => {
    // Serbian and Turkish spellings the tokenizer cuts at č, ć, ğ; the made-up names keep those letters
    expect(names("Minister Orvel Kestas met Ivica Telačić and Ayla Vanağlu.").map((m) => m.name)).toEqual(["Orvel Kestas", "Ivica Telačić", "Ayla Vanağlu"]);
    expect(names("Varan Dačić said the talks went well.")[0]).toMatchObject({ name: "Varan Dačić", evidence: true });
  });
});

describe("a contact noun's side taken there by someone else", () => {
  // "… was met on the tarmac by Paraguay's Foreign Minister Rubén Ramírez Lescano, who accompanied him to the López Palace for a meeting with Peña." (devC m007)
  it("returns the meeting of the one taken to it, not of the one who took them", () => {
    const { meetings, people } = index(
      "President Varan Telu landed at the airport on Wednesday and was met on the tarmac by Veldia's Foreign Minister Orvane Kestel, who accompanied him to the palace for a meeting with President Ilsa Marro.",
    );
    const sides = meetings.map((m) => m.participants.flatMap((p) => (p.kind === "person" ? [people.find((x) => x.id === p.person)?.name] : [])).sort().join(" + "));
    expect(sides).toContain("Ilsa Marro + Varan Telu");
    expect(sides).toContain("Orvane Kestel + Varan Telu");
    expect(sides).not.toContain("Ilsa Marro + Orvane Kestel");
  });
});
