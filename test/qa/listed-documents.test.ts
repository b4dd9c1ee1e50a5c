import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { namesDocuments } from "../../src/qa/answerers/listed-documents";
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

/** Made up: one story that says which agreements were signed, one that only says some are to be. */
const WHICH = ` date 2024-11-21
Halvik receives Orvel

Tarsk, 21 November 2024 - Veldian Foreign Minister Ana Halvik held talks in Tarsk on Thursday with the Foreign Minister of Orvane, Dan Orvel.
At the end of the talks, the two ministers signed three cooperation agreements covering fisheries, tourism and rail transport.
`;
const SOME = ` date 2024-11-22
Kestas due in Tarsk

Tarsk, 22 November 2024 - Orvanian Prime Minister Piet Kestas will hold talks with Veldian Prime Minister Ilse Dara in Tarsk on Monday.
A number of agreements and memorandums of understanding are to be signed during the stay, the ministry said.
`;

describe("which documents were signed, asked of the story in the conversation with no name", () => {
  it("tells a sentence that says which documents from one that only counts them or says some will be signed", () => {
    expect(namesDocuments("At the end of the talks, the two ministers signed four cooperation agreements covering industry and tourism.")).toBe(true);
    expect(namesDocuments("An agreement was signed to allow the broadcaster to open an office in Tarsk.")).toBe(true);
    expect(namesDocuments("The two sides signed the Treaty of Friendship and a visa agreement.")).toBe(true);
    expect(namesDocuments("A set of agreements is to be signed once the session ends.")).toBe(false);
    expect(namesDocuments("A number of agreements and memorandums of understanding are to be signed during the stay.")).toBe(false);
  });

  const knowledge = loadKnowledge(
    extractIndex([
      { file: "seeds/983_which.txt", text: WHICH },
      { file: "seeds/982_some.txt", text: SOME },
      { file: "seeds/986_counted.txt", text: COUNTED },
      { file: "seeds/985_unlisted.txt", text: UNLISTED },
    ]),
    intentModel(),
  );

  it("quotes the sentence that says what the agreements cover, not a count of them (read31 x200, read32 x240)", () => {
    const first = answer("who did halvik hold talks with", knowledge);
    const a = answer("what agreements were signed", knowledge, { focus: first.focus });
    expect(a.found).toBe(true);
    expect(a.text).toContain("fisheries");
  });

  it("says the articles don't say which, when a sentence only says some will be signed (read30 x183, read34 x276)", () => {
    const a = answer("which agreements will orvane and veldia sign", knowledge);
    expect(a.found).toBe(false);
  });
});
