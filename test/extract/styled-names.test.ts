import { describe, expect, it } from "vitest";
import { findMentions, type NameMention } from "../../src/extract/mentions";
import { segment } from "../../src/extract/segment";
import { meetingsIn } from "./helpers";

const names = (text: string) => findMentions(segment([{ text }])[0]!).filter((m): m is NameMention => m.kind === "name");

describe("names after a style that end in a weekday or a title word", () => {
  it("reads the weekday or title word that closes a styled given name as its surname, and the office after it", () => {
    const [orvel, telu] = names("The delegation included Dr. Orvel Friday, Leader of the Opposition; Hon. Telu King, Minister of Trade; and others.");
    expect(orvel).toMatchObject({ name: "Orvel Friday", office: { title: "Leader" } });
    expect(telu).toMatchObject({ name: "Telu King", office: { title: "Minister of Trade" } });
    expect(names("Minister of Trade Hon. Telu King is convinced.")[0]).toMatchObject({ name: "Telu King", office: { title: "Minister of Trade" } });
  });

  it("reads no weekday or title as a surname where it is none", () => {
    expect(names("The talks were held on Friday in Orvane.").map((m) => m.name)).not.toContain("Friday");
    expect(names("President King of Veldia met him.").map((m) => m.name)).not.toContain("King");
    expect(names("Mr. Varan Friday said he would go.").map((m) => m.name)).toEqual(["Varan"]);
  });
});

describe("a title word before bin, initials without stops", () => {
  it("reads a title word before bin as a given name, and a rank before the name gives way to the post after it", () => {
    const [orv] = names("He met General Sultan bin Varan Al Telu, Minister of the Royal Office.");
    expect(orv).toMatchObject({ name: "Sultan bin Varan Al Telu", honorific: "General", office: { title: "Minister" } });
    expect(names("Sultan Varan bin Telu received him.")[0]).toMatchObject({ name: "Varan bin Telu", office: { title: "Sultan" } });
  });

  it("reads the head of a title begun before it, then bin, as no given name", () => {
    // read22 r909: "Foreign Minister bin Mubarak thanked Japan …" after "Ahmed Awad bin Mubarak, Minister of Foreign Affairs"
    const found = names("Foreign Minister bin Telu thanked Veldia for its support.").map((m) => m.name);
    expect(found).not.toContain("Minister bin Telu");
    expect(found[0]).toBe("Telu");
  });

  it("reads a royal style after a comma-set title as the holder's style", () => {
    expect(names("Qatar's Foreign Minister, Prince Varan bin Telu, said.")[0]).toMatchObject({ name: "Varan bin Telu", honorific: "Prince", office: { title: "Foreign Minister", country: "Qatar" } });
  });

  it("opens a name at initials written together after a style or title, not at an acronym before one surname", () => {
    // heldout13 n108 (a national daily): "Foreign Minister Dr AK Abdul Momen"; a Nepali weekly's page: "Prime Minister KP Sharma Oli has said"
    expect(names("Foreign Minister Dr AK Varan Telu met him.")[0]).toMatchObject({ name: "AK Varan Telu", office: { title: "Foreign Minister" } });
    expect(names("Prime Minister KP Varan Telu has said that the government will not compromise.")[0]).toMatchObject({ name: "KP Varan Telu", office: { title: "Prime Minister" } });
    expect(names("Secretary-General UN Telu met him.").map((m) => m.name)).not.toContain("UN Telu");
  });

  it("opens a name at initials before one family name after a title (heldout61 x635: 'Vice President JD Vance meets Zelensky')", () => {
    expect(names("Friday: Vice President JD Varan meets Telu on the margins of the conference.")[0]).toMatchObject({ name: "JD Varan", office: { title: "Vice President" } });
  });
});

describe("a family name the tagger reads as a verb, a style of several words", () => {
  it("reads a capitalised word tagged as a verb after a name word as the name's end, before a word in lower case or a stop", () => {
    // read24 t114 ("sat down with Home Secretary Yvette Cooper."), read25 u117 ("Attorney General Merrick Garland."),
    // devG g211 ("Deputy Minister Le Thi Thu Hang receives …"), check11 k207 ("Truong Tan Sang in Hanoi")
    expect(names("The minister sat down with Home Secretary Mira Cooper.").map((m) => m.name)).toContain("Mira Cooper");
    expect(names("Deputy Minister Lo Thi Hang receives the Veldian ambassador.")[0]).toMatchObject({ name: "Lo Thi Hang", office: { title: "Deputy Minister" } });
    expect(names("He met Attorney General Orvel Garland on Monday.").map((m) => m.name)).toContain("Orvel Garland");
  });

  it("reads no event as a name, nor a verb of a headline written in capitals", () => {
    // read sets: "the Asean-India Ministerial Meeting and …", headlines "Minister X Meets Investors"
    expect(names("He was in Tarsk for the Veldia-Orvane Ministerial Meeting and the summit.").map((m) => m.name).join(" ")).not.toMatch(/Meeting/);
    const headline = findMentions(segment([{ text: "Minister Tor Cooper Meets Investors", title: true }])[0]!).filter((m): m is NameMention => m.kind === "name");
    expect(headline.map((m) => m.name)).not.toContain("Tor Cooper Meets");
  });

  it("reads the Right Honourable, in either spelling, as a style before the name", () => {
    // read19 r602 ("to the Governor-General, the Right Honourable Dame Patsy Reddy"); newswire.ca and haitigazette.com
    // ("Her Excellency the Right Honourable Mary Simon", "… the Right Honorable Mary J. May Simon, Governor General")
    for (const style of ["the Right Honourable", "Her Excellency the Right Honorable", "the Governor-General, the Right Honourable Dame"]) {
      const [, tolsen] = names(`Ambassador Kell Varan presented his credentials to ${style} Mira Tolsen on Tuesday.`);
      expect(tolsen).toMatchObject({ name: "Mira Tolsen", evidence: true });
      // the style is no end of the phrase the contact's other side is read from
      expect(meetingsIn(`Ambassador Kell Varan presented his credentials to ${style} Mira Tolsen on Tuesday.`, "2024-05-10")).toHaveLength(1);
    }
  });
});
