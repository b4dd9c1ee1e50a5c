import { describe, expect, it } from "vitest";
import { extractIndexAndTerms } from "../../src/extract/index";
import { segment } from "../../src/extract/segment";
import { contentTerms } from "../../src/qa/retrieval";

const PARAGRAPH =
  "Veldian Foreign Minister Oleg Varan received the ambassador of Orvane, Telu Marsk, on Monday. " +
  "They discussed trade, energy and the opening of a consulate in Tarsk. " +
  "Varan said the talks were held in a friendly atmosphere.";

describe("segment", () => {
  it("returns each sentence's content terms as the sentence alone would be read", () => {
    const sents = segment([{ text: "Veldia and Orvane signed 3 agreements." }, { text: PARAGRAPH }]);
    expect(sents.length).toBe(4);
    for (const s of sents) expect(s.terms).toEqual(contentTerms(s.text));
  });
});

describe("extractIndexAndTerms", () => {
  it("returns the terms of every sentence of the index, in its order", () => {
    const { index, sentenceTerms } = extractIndexAndTerms([{ file: "seeds/a.txt", text: `TARSK, June 2 (Agency) - ${PARAGRAPH}` }]);
    expect(sentenceTerms).toEqual(index.sentences.map((s) => contentTerms(s.text)));
    expect(sentenceTerms.flat()).toContain("consulat");
  });
});

describe("a post on X before a new sentence", () => {
  // heldout70 x694 ("… in a post on X. Russell wrote that she valued …": one sentence and a person "X. Russell" made the host the
  // "she" of the visitor's later talks); corpus c010, heldout53 x574 ("… on X. He …")
  it("ends the sentence at the platform's full stop and keeps its text", () => {
    const sents = segment([{ text: "Telu praised the meeting in a post on X. Rell wrote that she valued the talks." }]);
    expect(sents.map((s) => s.text)).toEqual(["Telu praised the meeting in a post on X.", "Rell wrote that she valued the talks."]);
    expect(segment([{ text: "He met J. X. Rell on Monday." }])).toHaveLength(1);
  });
});
