/** @module "Where is A based?": where an envoy lives or is posted, told in a sentence ("is resident in"), never the place of A's meetings. */
import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { extractIndex } from "../../src/extract/index";
import { intentModel } from "./helpers";

/** Made up: an envoy who presents credentials in one capital and lives in another. */
const CREDENTIALS = `Chilean envoy presents credentials in Oslo

Oslo, 4 June 2024 - Ambassador Ana Varan presented her letter of credence as Chile's ambassador to Norway to King Telu Aldor at the Royal Palace in Oslo on Tuesday. The ambassador is resident in Stockholm.
`;

/** Made up: an envoy's credentials, and nothing of where the envoy lives. */
const COURTESY = `Peruvian envoy calls on Danish minister

Copenhagen, 5 June 2024 - The ambassador of Peru, Ilo Varga, paid a courtesy call on Denmark's foreign minister, Tarsk Holm, in Copenhagen on Wednesday.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/941_credentials.txt", text: CREDENTIALS },
    { file: "seeds/942_courtesy.txt", text: COURTESY },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("the reader: where someone is based", () => {
  it("returns the place a sentence says the envoy is resident in, not where the credentials were presented", () => {
    const a = ask("where is chile's ambassador to norway based");
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toBe("Stockholm");
  });

  it("declines when no sentence says where the envoy lives, rather than give the place of a meeting", () => {
    const a = ask("where is the peruvian ambassador based");
    expect(a.found).toBe(false);
    expect(a.text).not.toMatch(/^Copenhagen/);
  });
});
