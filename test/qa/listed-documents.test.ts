import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: a signing that counts its documents, each told after it by its ordinal. */
const COUNTED = ` date 2024-11-12
Halvik receives Orvel in Tarsk

Tarsk, 12 November 2024 - Veldian Foreign Minister Ana Halvik received her Orvanian counterpart, Dan Orvel, in Tarsk on Tuesday.
Two memoranda of understanding were signed in the course of the meeting.
Under the first, Veldia will fund a new ferry terminal on the shared river.
The second sets out cooperation between the two ministries in archive research.
Orvel later laid a wreath at the war memorial.
`;

/** Made up: a signing that counts its documents, with no list after it. */
const UNLISTED = ` date 2024-11-14
Dara meets Kestas in Orvane

Orvane, 14 November 2024 - Veldian Trade Minister Ilse Dara met Orvanian Foreign Minister Piet Kestas in Orvane on Thursday.
Dara and Kestas signed three agreements at the end of the talks.
The first visit of a Veldian trade minister to Orvane took place in 2011.
`;

describe("what the sides signed, when the article counts the documents and then tells them one by one", () => {
  const knowledge = loadKnowledge(extractIndex([{ file: "seeds/986_counted.txt", text: COUNTED }, { file: "seeds/985_unlisted.txt", text: UNLISTED }]), intentModel());

  it("quotes each document told after the sentence that counts them", () => {
    const a = answer("what did halvik and orvel sign", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("ferry terminal");
    expect(a.text).toContain("archive research");
    // the list ends where the sentences stop telling the documents
    expect(a.text).not.toContain("wreath");
  });

  it("quotes no sentence that opens on an ordinal of something else", () => {
    const a = answer("what did dara and kestas sign", knowledge);
    expect(a.text).toContain("three agreements");
    expect(a.text).not.toContain("took place in 2011");
  });
});

/** Made up: "sign" as a noun in a sentence about the two, and no signing. */
const SIGN_NOUN = ` date 2024-11-20
Halvik calls Orvel

Tarsk, 20 November 2024 - Veldian Foreign Minister Ana Halvik spoke by telephone with her Orvanian counterpart, Dan Orvel, on Wednesday.
Halvik and Orvel agreed to hold their next meeting in Orvane as a sign of solidarity with the flooded border towns.
`;

describe("what the sides signed, when an article uses sign only as a noun", () => {
  const knowledge = loadKnowledge(extractIndex([{ file: "seeds/984_sign_noun.txt", text: SIGN_NOUN }]), intentModel());

  it("does not read what follows \"a sign\" as the thing signed", () => {
    const a = answer("what did halvik and orvel sign", knowledge);
    expect(a.text).not.toMatch(/\*?of solidarity/);
    expect(a.text.split("\n")[0]).not.toContain("solidarity");
  });
});
