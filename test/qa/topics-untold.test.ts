import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/**
 * Made up: talks told only as held or to come, with a closing credit and a programme of calls, and nowhere what was said in
 * them; and talks whose subject a sentence gives.
 */
const VISIT = `Kestas begins two-country trip in Tarsk

Tarsk, 5 May 2025 - Latvian Foreign Minister Orvel Kestas held talks with Veldian Foreign Minister Mira Halvik in Tarsk on Wednesday, the first stop of a two-country trip, the ministry in Riga said.

On Thursday he is due to hold separate talks with opposition leader Jonas Rell, visit the national museum and call on President Tomas Ilves.

In Orvane on Friday, Kestas met Prime Minister Anda Rusk. They discussed grain exports and port fees.

From his meeting with Rusk, the Latvian visitor moved on to talks with Speaker Ilse Maro.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/979_visit.txt", text: VISIT }]), intentModel());
const ask = (q: string) => answer(q, knowledge);

describe("what was discussed, when the articles only tell that talks were held or are to come", () => {
  it("does not take a closing credit ('…, the ministry said') for what was said at the talks", () => {
    const a = ask("what did kestas and halvik agree on");
    expect(a.found).toBe(false);
  });

  it("does not take 'call on' in a programme for what the talks are about", () => {
    const a = ask("what did kestas and rell discuss");
    expect(a.found).toBe(false);
  });

  it("does not take 'moved on to talks with' for what the talks are about (read34 x287)", () => {
    expect(ask("what did kestas and maro discuss").found).toBe(false);
  });

  it("still gives the talks whose subject a sentence tells", () => {
    const a = ask("what did kestas and rusk discuss");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/grain exports/);
  });
});

/** Made up: a call on a leader told only with a word for it ("what officials described as a warm first meeting"), and talks whose subject a speaker tells. */
const SIDELINES = ` date 2023-09-24
NEW YORK, Sept 24 (Wire) - On Saturday Foreign Minister Lino Sarkis called on Orvanian Prime Minister Hale Manet, who took office last month, in what officials described as a warm first meeting between the two.

Later the same day Sarkis met Veldian Foreign Minister Tomas Pereira; Sarkis said the meeting covered trade and investment.
`;
const sidelines = loadKnowledge(extractIndex([{ file: "seeds/978_sidelines.txt", text: SIDELINES }]), intentModel());

describe("what was discussed, when a sentence only judges the meeting", () => {
  it("does not take 'what officials described as a warm meeting' for what was said (read26 w105)", () => {
    const a = answer("what did sarkis and manet discuss", sidelines);
    expect(a.found).toBe(false);
  });

  it("still gives the talks a speaker tells the subject of", () => {
    const a = answer("what did sarkis and pereira discuss", sidelines);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/trade and investment/);
  });
});

describe("a credit naming the posts it came from", () => {
  // check11 k107 ("…, Fidan held talks with … Borrell, …, the Turkish Foreign Ministry said in posts on X. It gave no details of what
  // was discussed"); the read sets' "the ministry said in a post on X"
  const POSTS = `Halvik meets Rell in Tarsk

Tarsk, 6 May 2025 - Foreign Minister Mira Halvik held talks with Foreign Minister Jonas Rell in Tarsk on Tuesday, the ministry said in posts on X. It gave no details.
`;
  const k = loadKnowledge(extractIndex([{ file: "seeds/978_posts.txt", text: POSTS }]), intentModel());
  it("does not take '…, the ministry said in posts on X' for what was said at the talks", () => {
    expect(answer("what did halvik and rell discuss", k).found).toBe(false);
  });
});
