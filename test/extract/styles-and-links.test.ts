/**
 * @module Tests of styles and ranks written short ("Amb.", "Maj. Gen.", "Rt. Hon."), which the tokenizer takes for a
 * sentence's end, and of a link to another story ("Related: …") as page furniture. Examples' shapes: r614, r618, s121
 * (read sets), w108, w110 (read26); "Related:"/"Read more:" lines in a dozen read articles.
 */
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/extract/clean";
import { segment } from "../../src/extract/segment";
import { articleIndex, meetingsIn, personNamed } from "./helpers";

describe("a style or rank written short before a name", () => {
  it("returns one sentence, and the style as one word with its period", () => {
    for (const style of ["Amb.", "Maj. Gen.", "Rt. Hon.", "Engr.", "Adm."]) {
      const sents = segment([{ text: `Earlier in the day Orvane held talks with his Kenyan counterpart, Cabinet Secretary ${style} Lira Tesso, before the two addressed the press.` }]);
      expect(sents, style).toHaveLength(1);
      expect(sents[0]!.words.map((w) => w.text), style).toContain(style.split(" ")[0]);
    }
  });

  it("returns the person named after 'Amb.' with the office before it, and the meeting", () => {
    const text = "NAIROBI, Kenya — Visiting Foreign Secretary Dario Orvane held bilateral talks with his Kenyan counterpart, Foreign Affairs Cabinet Secretary Amb. Lira Tesso, on Tuesday.";
    const index = articleIndex(text, "2024-05-08");
    expect(personNamed(index, "Lira Tesso")?.offices[0]).toMatchObject({ country: "Kenya" });
    expect(meetingsIn(text, "2024-05-08")).toEqual(["Dario Orvane + Lira Tesso"]);
  });

  it("still ends a sentence at a full stop after a word that is no style", () => {
    expect(segment([{ text: "They met the Amb. Then they left." }]).length).toBeGreaterThanOrEqual(1);
    expect(segment([{ text: "The talks ended in Kampala. Ministers signed two accords." }])).toHaveLength(2);
  });
});

describe("a link to another story", () => {
  it("returns no sentence for 'Related: <headline>' or 'Read more: <headline>' lines", () => {
    const c = cleanArticle([" date 2025-01-10", "LIMA — The ministers met on Monday.", "", "Related: Bolivia's Morales calls for unity in the region", "", "Read more: Parliament approves list of envoys", "", "They discussed trade."].join("\n"));
    expect(c.blocks.map((b) => b.text)).toEqual(["LIMA — The ministers met on Monday.", "They discussed trade."]);
  });

  it("keeps a sentence that only begins with the word 'Related'", () => {
    const c = cleanArticle([" date 2025-01-10", "LIMA — The ministers met on Monday.", "", "Related talks are planned for May."].join("\n"));
    expect(c.blocks.map((b) => b.text)).toContain("Related talks are planned for May.");
  });
});
