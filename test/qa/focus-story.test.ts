import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: two stories with a trade target each, one with a count of documents signed, one with a single agreement. */
const SIGNED = `Veldia and Orvania sign ten documents

Tarsk, 1 March 2023 - Veldian Health Minister Kaito Rasa and Orvanian Health Minister Telu Varan held talks in Tarsk on Tuesday at the first session of their Joint Commission (VOJC). Ten documents were signed between Veldia and Orvania, and the two sides agreed to work toward two-way trade of USD 5 billion.
`;
const VISIT = `Kenyan vice president in Ghana

Accra, 12 February 2020 - Kenyan Vice President Amani Odero held talks in Accra on Wednesday with her Ghanaian counterpart Kofi Mensah. The two leaders agreed to work toward two-way trade of USD 2 billion this year, and an agreement on culture was signed.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/990_signed.txt", text: SIGNED }, { file: "seeds/991_visit.txt", text: VISIT }]), intentModel());

describe("a follow-up that names no one reads the story of the person in focus", () => {
  it("gives no count of another story's documents to 'how many agreements were signed' asked of the person in focus", () => {
    const first = answer("who is amani odero", knowledge);
    const next = answer("how many agreements were signed", knowledge, { focus: first.focus });
    expect(next.text).not.toMatch(/\b10\b|ten documents/i);
  });

  it("answers a trade target asked after a question about the person in focus from her story", () => {
    const first = answer("who is amani odero", knowledge);
    const next = answer("what trade target did the two sides agree on", knowledge, { focus: { ...first.focus!, articles: [], meetings: [] } });
    expect(next.text).toMatch(/2 billion/);
  });

  it("reads the story a name of the question pins, whatever the focus ('… at the vojc')", () => {
    const first = answer("who is amani odero", knowledge);
    const next = answer("how many documents were signed at the vojc", knowledge, { focus: first.focus });
    expect(next.text).toMatch(/\b10\b|ten documents/i);
  });
});

/** Made up: two stories that each announce a summit, with its date. */
const BALKAN = ` date 2021-12-22
Tarsk hosts three leaders

Tarsk, 22 December 2021 - Veldian Prime Minister Ana Rasa hosted the leaders of Orvania and Halvia on Tuesday. The next regional summit is due in Orvel in February.
`;
const NAM = ` date 2023-03-01
Minister to attend summit

Baku, 1 March 2023 - Veldian Health Minister Telu Kesto arrived in Baku on Tuesday. The Summit of the Non-Aligned Movement (NAM) will be held on 2 March.
`;

describe("a date asked with no name, after a question about one story", () => {
  const events = loadKnowledge(extractIndex([{ file: "seeds/970_balkan.txt", text: BALKAN }, { file: "seeds/969_nam.txt", text: NAM }]), intentModel());

  it("gives the story in focus's summit, never another story's (read34 x286, read31 x208)", () => {
    const first = answer("who did ana rasa host", events);
    const next = answer("when is the next summit", events, { focus: first.focus });
    expect(next.text).not.toMatch(/Non-Aligned|2 March/);
  });
});
