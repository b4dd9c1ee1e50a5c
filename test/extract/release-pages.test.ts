/**
 * @module How ministries' and missions' release pages tell their contacts in unread text (read31, with a second article of
 * another source each): an envoy's farewell call "to bid farewell" (no appeal), "the High Commissioner" as the one named
 * before, and the site's name above a page's navigation, never the story's title.
 */
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/extract/clean";
import { meetingsIn } from "./helpers";

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

  it("returns 'the High Commissioner' as the high commissioner named before (read31 x208, read18 r511)", () => {
    const text =
      "High Commissioner Piet Telu, who is completing his assignment, called on Prime Minister Ana Varan this morning.\n\n" +
      "In the afternoon, the High Commissioner paid a farewell call on President Kim Orso at the State House.";
    expect(meetingsIn(text, "2020-09-27")).toEqual(["Ana Varan + Piet Telu", "Kim Orso + Piet Telu"]);
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
