import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made-up articles: a meeting dated in its own sentence, one dated only by the publication day (a weak class), one the lead tells under its article's dateline (the dateline's day dates only the lead's own contact, a class no longer weak). */
const DATED = ` date 2021-06-14 LIMA — Peruvian Foreign Minister Oskar Valdivieso met Norwegian State Secretary Henrietta Lundqvist in Lima on Monday to discuss fisheries.
`;
const PUBLISHED = ` date 2023-03-01 Estonian Foreign Minister Mart Kallaste received the credentials of Chilean Ambassador Rosa Ibarrola.

The ambassador said ties between Chile and Estonia were growing.
`;
const COUNTED = `ROME, May 25, 2024 (Veldia Press) — Italian Foreign Minister Carlo Benvari held talks with Croatian Foreign Minister Ivo Radanic in Rome.

The two ministers discussed energy and transport.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/901_dated.txt", text: DATED },
    { file: "seeds/902_published.txt", text: PUBLISHED },
    { file: "seeds/903_counted.txt", text: COUNTED },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("when: a date stated with confidence only when its provenance is reliable", () => {
  it("returns the date plainly when the meeting's own sentence gives it", () => {
    const a = ask("when did valdivieso meet lundqvist");
    expect(a.found).toBe(true);
    expect(a.text).toContain("14 June 2021");
  });

  it("returns found=false, with the publication day, for a meeting dated only by its article's publication", () => {
    const a = ask("when did kallaste receive ibarrola");
    expect(a.found).toBe(false);
    expect(a.text).toContain("publication date");
    expect(a.text).toContain("1 March 2023");
  });

  it("returns the dateline's day plainly for the lead's own contact under it", () => {
    const a = ask("when did benvari hold talks with radanic");
    expect(a.found).toBe(true);
    expect(a.text).toContain("25 May 2024");
  });

  it("still answers who met whom from that article, with the day", () => {
    const a = ask("who did benvari meet");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Ivo Radanic");
    expect(a.text).toContain("25 May 2024");
  });
});
