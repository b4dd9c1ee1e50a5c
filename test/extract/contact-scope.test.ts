import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { meetingKey } from "./helpers";

/** "A + B" per meeting of one article (names sorted), as a reader would list who met whom. */
function meetingsOf(text: string, published = "2022-09-20"): string[] {
  const index = extractIndex([{ file: "t/x.txt", text: ` date ${published}\n${text}` }]);
  return index.meetings.map((m) => meetingKey(index, m)).sort();
}

describe("a plural side filled only by a list announced for it", () => {
  it("returns no contact with the people of a digest's next bulleted items (devA h005, VNA digest)", () => {
    const text =
      "- Also on September 19, Prime Minister Pham Minh Chinh chaired a teleconference with the heads of Vietnamese representative agencies abroad to discuss how economic diplomacy can better serve national development.\n\n" +
      "- Minister of Foreign Affairs Bui Thanh Son, on behalf of the Vietnamese President, paid his respects to Queen Elizabeth II at her state funeral, held at Westminster Abbey in London on September 19.";
    expect(meetingsOf(text).join(" ")).not.toMatch(/Pham Minh Chinh/);
  });

  it("still reads the lines after a colon (made-up names, the shape of c048, Equatorial Guinea presidency)", () => {
    const text =
      "President Tomas Obrero on Thursday received the credentials of two newly appointed ambassadors at the presidency.\n\n" +
      "The ambassadors accredited on Thursday were, in order of presentation:\n\n" +
      "- from the Kingdom of Morocco, Ghali Benkirane;\n" +
      "- from the Republic of Poland, Marek Zielinski.";
    expect(meetingsOf(text, "2017-01-20")).toEqual(["Ghali Benkirane + Tomas Obrero", "Marek Zielinski + Tomas Obrero"]);
  });
});

describe("groups that are no new side", () => {
  it("returns no group for 'the two diplomats' the article has named, nor the verb after it (devA h004, Khaleej Times)", () => {
    const text =
      "Sheikh Mohammed bin Rashid Al Maktoum received the letters of credence of Timur Zabirov, Russia's Ambassador to the UAE, and of Amir Hayek, Israel's Ambassador to the UAE. He welcomed the two diplomats and wished them success in their new posts.";
    const met = meetingsOf(text, "2021-11-15");
    expect(met.join(" ")).not.toMatch(/diplomats|wished/);
    expect(met).toContain("Mohammed bin Rashid Al Maktoum + Timur Zabirov");
  });
});

describe("who did the contact a gerund reports", () => {
  it("returns no contact of the subject for 'X thanked his host for receiving the delegation' (devA h007, Nigerian presidency)", () => {
    const text = "Akufo-Addo thanked his host for receiving the Ghanaian delegation on a special day, with Nigerians celebrating Eid-el-Fitr.";
    expect(meetingsOf(`President Nana Akufo-Addo of Ghana arrived in Abuja on Sunday.\n\n${text}`, "2017-06-26")).toEqual([]);
  });
});

describe("people present beside the contact the sentence reports", () => {
  it("returns the contact of 'In the presence of Z, X received Y', Z present, not Z as a side (made-up names, the shape of devA h004)", () => {
    const text =
      "In the presence of Crown Prince Karim Delvane, President Omar Tessaly received the letters of credence of Pavel Orlik, Ruritania's Ambassador to the country, on Monday.";
    const index = extractIndex([{ file: "t/x.txt", text: ` date 2021-11-15\n${text}` }]);
    const principals = index.meetings.map((m) => m.participants.flatMap((p) => (p.kind === "person" && !p.role ? [index.people.find((q) => q.id === p.person)?.name] : [])).sort().join(" + "));
    expect(principals).toEqual(["Omar Tessaly + Pavel Orlik"]);
    const present = index.meetings[0]!.participants.filter((p) => p.kind === "person" && p.role === "present");
    expect(present.map((p) => (p.kind === "person" ? index.people.find((q) => q.id === p.person)?.name : ""))).toEqual(["Karim Delvane"]);
  });
});
