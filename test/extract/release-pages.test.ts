/**
 * @module How ministries' and missions' release pages tell their contacts in unread text (read31, with a second article of
 * another source each): an envoy's farewell call "to bid farewell" (no appeal), "the High Commissioner" as the one named
 * before, and the site's name above a page's navigation, never the story's title; a group named by its countries ("his
 * counterparts from A, B and C"), kept apart from a meeting with one of another country told next; Kosovo in the gazetteer.
 */
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/extract/clean";
import { extractIndex } from "../../src/extract/index";
import { articleIndex, countryIn, meetingsIn, meetingsOf } from "./helpers";

describe("an envoy's farewell calls", () => {
  it("returns the call of an envoy who 'called on the Minister to bid farewell' (read31 x199, x208)", () => {
    const text =
      "The Minister of Foreign Affairs, Ana Varan, today received the Ambassador of Orvane, Kim Orso.\n\n" +
      "Also today, the outgoing Ambassador of Tarsia, Piet Telu, called on the Minister to bid farewell as his tour of duty comes to an end.";
    expect(meetingsIn(text, "2021-08-24")).toEqual(["Ana Varan + Kim Orso", "Ana Varan + Piet Telu"]);
  });

  it("returns the call 'called on Prime Minister X today to bid her farewell', and no contact for an appeal 'called on X to abide by …'", () => {
    expect(meetingsIn("High Commissioner Piet Telu called on Prime Minister Ana Varan today to bid her farewell.", "2020-09-27")).toEqual(["Ana Varan + Piet Telu"]);
    expect(meetingsIn("Foreign Minister Piet Telu called on President Ana Varan to abide by the ruling of the court.", "2020-09-27")).toEqual([]);
  });

  it("returns no credentials for a letter from a leader handed over at a call (read31 x208, read13 n204)", () => {
    const text =
      "High Commissioner Piet Telu called on Prime Minister Ana Varan this morning.\n\n" +
      "On the occasion, the High Commissioner handed over a letter from President Kim Orso conveying his greetings to Prime Minister Ana Varan.";
    expect(articleIndex(text, "2020-09-27").meetings.map((m) => m.kind)).toEqual(["courtesy call"]);
  });

  it("returns 'the High Commissioner' as the high commissioner named before (read31 x208, read18 r511)", () => {
    const text =
      "High Commissioner Piet Telu, who is completing his assignment, called on Prime Minister Ana Varan this morning.\n\n" +
      "In the afternoon, the High Commissioner paid a farewell call on President Kim Orso at the State House.";
    expect(meetingsIn(text, "2020-09-27")).toEqual(["Ana Varan + Piet Telu", "Kim Orso + Piet Telu"]);
  });
});

describe("a day's later hours under a dateline with no year", () => {
  const release = (second: string): string =>
    "Press Release\n\nFarewell calls by High Commissioner Piet Telu\n\nTarsk, 27 September\n\n" +
    "High Commissioner of Veldia to Orvane Piet Telu called on Prime Minister Ana Varan today to bid her farewell.\n\n" +
    second;

  it("returns the dateline's day for a call 'later today' told in the past (read31 x208)", () => {
    const index = extractIndex([{ file: "t/x.txt", text: release("Later today, the High Commissioner paid a farewell call on President Kim Orso at the State House.") }]);
    expect(index.meetings.map((m) => [m.date?.month, m.date?.day])).toEqual([[9, 27], [9, 27]]);
  });
});

describe("envoys listed after a colon", () => {
  it("returns one credentials contact per envoy listed after 'the credentials of six ambassadors who will reside in the country:' (read32 x225, read20 r702)", () => {
    const text = "On Wednesday, President Ana Varan received the credentials of three ambassadors who will reside in the country: Piet Telu of Uganda, Kim Orso of Vietnam and Lo Brand of Senegal.";
    expect(meetingsIn(text, "2023-07-21")).toEqual(["Ana Varan + Kim Orso", "Ana Varan + Lo Brand", "Ana Varan + Piet Telu"]);
  });
});

describe("a release page's head", () => {
  it("returns the headline under the navigation as the title, not the site's name right above it (read31 x204, read18 r502)", () => {
    const page = "Office of the President - Veldia\nNews | Speeches | Gallery | Media Releases\n\nVaran holds talks with Telu in Tarsk\n\n28 July 2025\n\nPresident Ana Varan held talks with President Piet Telu in Tarsk this afternoon.\n";
    expect(cleanArticle(page).title).toBe("Varan holds talks with Telu in Tarsk");
  });

  it("keeps as the title a headline a share line follows after a blank line (read21 r804)", () => {
    const page = " date 2022-10-14\nHome › Cooperation\n\nVeldia's first ambassador to Orvane presents his credentials\n\nShare: Facebook | Twitter | WhatsApp | Email\n\nThe Ambassador of Veldia, Piet Telu, handed his credentials to President Ana Varan.\n";
    expect(cleanArticle(page).title).toBe("Veldia's first ambassador to Orvane presents his credentials");
  });
});

/** Each meeting's sides as a reader lists them, people by name and groups by their words. */
const sidesOf = (text: string): string[] => meetingsOf(text).map((m) => [m.names, ...m.participants.flatMap((p) => (p.kind === "group" ? [p.name] : []))].join(" + ")).sort();

describe("a group named by its countries", () => {
  it("returns one meeting with 'his counterparts from A, B and C', a group, not the counterparts told before (read31 x207, check11 k102)", () => {
    const text = "Foreign Minister Ana Varan held a consultative meeting in Addis Ababa with his counterparts from South Africa, Angola and Libya, at which they reviewed the agenda.";
    expect(sidesOf(text)).toEqual(["Ana Varan + counterparts from South Africa, Angola and Libya"]);
  });

  it("returns one contact with each of 'his counterparts from A and B' in 'back-to-back talks', the minister of each named after (read23 s116, read26 w106)", () => {
    const text =
      "Foreign Minister Ana Varan held back-to-back talks with his counterparts from Costa Rica and Guatemala in Seoul on Friday.\n\n" +
      "Varan and Costa Rican Foreign Minister Piet Telu discussed trade. With Guatemalan Foreign Minister Kim Orso he discussed climate.";
    expect(sidesOf(text)).toEqual(["Ana Varan + Kim Orso", "Ana Varan + Piet Telu"]);
  });

  it("keeps the group of 'the foreign ministers of A, B and C' beside a meeting with a minister of another country told next (read31 x207, check11 k102)", () => {
    const text =
      "Foreign Minister Ana Varan reported rich discussions with the foreign ministers of Angola, Kenya, Nigeria and Burundi.\n\n" +
      "He also met his Tunisian counterpart, Piet Telu. The two ministers reviewed regional questions.";
    expect(sidesOf(text)).toEqual(["Ana Varan + Piet Telu", "Ana Varan + foreign ministers of Angola, Kenya, Nigeria and Burundi"]);
  });
});

describe("names", () => {
  it("returns 'Jan' as a given name after a title that ends on its portfolio ('Minister of Foreign Affairs Jan X') (read32 x237)", () => {
    expect(meetingsIn("Foreign Minister Ana Varan held talks in Prague with Czech Minister of Foreign Affairs Jan Telu on Thursday.", "2025-07-04")).toEqual(["Ana Varan + Jan Telu"]);
  });
});

describe("a visitor's country on a tour", () => {
  const tour =
    "Foreign Minister Ana Varan was received on Friday by Paraguay's President Piet Telu, the fourth stop on a trip. He is the first Japanese minister to travel to Latin America since the pandemic began.\n\n" +
    "In Uruguay, Varan was received by President Kim Orso.";

  it("returns the country a predicate gives ('He is the first Japanese minister to travel …') (read32 x232, read13 n105)", () => {
    expect(countryIn(tour, "Ana Varan")).toBe("Japan");
  });

  it("never gives a visitor the country of the stop a sentence opens with ('In Uruguay, X was received by …') (read32 x232, read30 x177)", () => {
    expect(countryIn("Foreign Minister Ana Varan is on a tour of the region.\n\nIn Uruguay, Varan was received by President Kim Orso.", "Ana Varan")).not.toBe("Uruguay");
  });
});

describe("the gazetteer", () => {
  it("returns Kosovo as the country of its prime minister and Pristina as a meeting's city (read31 x220, read29 x153)", () => {
    expect(countryIn("Albanian Prime Minister Piet Telu met Kosovo Prime Minister Ana Varan in Pristina on Monday.", "Ana Varan")).toBe("Kosovo");
    expect(meetingsOf("Albanian Prime Minister Piet Telu met Kosovo Prime Minister Ana Varan in Pristina on Monday.").map((m) => m.place)).toEqual(["Pristina"]);
  });
});
