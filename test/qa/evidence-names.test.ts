import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import type { Answer } from "../../src/qa/types";
import { intentModel } from "./helpers";

/** Made-up articles: talks, an office the articles name no holder of, a second meeting in the same city; a visit told by its capital. */
const TALKS = ` date 2021-05-14 TARSK, May 14 (Agency) – Veldian Foreign Minister Halvik Orvane held talks in Tarsk on Wednesday with Tarskan Foreign Minister Kestas Varan on trade, fisheries and the river border.

Orvane arrived in the city on Tuesday at the invitation of Varan.

Varan briefed Orvane on the preparations for a conference on the river to be held in Nalo at the end of May.

Orvane is also due to meet the spokesperson of the Keldan Front, whose name was not given, on Thursday.

The two ministers agreed to open a second border crossing next year.

At the end of the talks the ministers signed a memorandum on river fisheries.

The meeting lasted about two hours.

Later on Wednesday, Tarskan President Orvel Nemo received Chilean Ambassador Sela Ruiz in Tarsk.
`;
const VISIT = ` date 2023-02-21 KELD – Orvel Telu told Sela Amar about the preparations for a conference on the river to be held in Nalo at the end of February.

Amar, who is in the Norwegian capital on a visit lasting from 19 to 21 February, also spoke about the pipeline.

Telu reached Keld on Sunday night, flying in from Sydney, after he had attended Tuesday's inauguration in Nalo.
`;

const MONTH = ` date 2024-06-14 KELD – Veldian Foreign Minister Sela Brandt met Tarskan envoy Orvel Demir in Keld in March, the ministry said.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/910_talks.txt", text: TALKS },
    { file: "seeds/911_visit.txt", text: VISIT },
    { file: "seeds/912_month.txt", text: MONTH },
  ]),
  intentModel(),
);
const ask = (q: string, previous?: Answer) => answer(q, knowledge, previous ? { focus: previous.focus } : {});

describe("the evidence must say what the question names", () => {
  it("does not answer who holds an office the articles mention with no holder named", () => {
    const a = ask("who is the spokesperson of the keldan front");
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/do not name/);
  });

  it("names the capital, not the people's adjective, for 'in the Norwegian capital'", () => {
    const a = ask("where was amar on a visit");
    expect(a.found).toBe(true);
    expect(a.text).toContain("Oslo");
    expect(a.text.split("\n")[0]).not.toMatch(/^Norwegian\b/);
  });

  it("does not answer what they agreed about a subject the talks' reports never mention", () => {
    const a = ask("what did orvane and varan agree about the pipeline tariffs");
    expect(a.found).toBe(false);
    expect(ask("what did orvane and varan agree about fisheries").found).toBe(true);
  });
});

describe("what the sides did together", () => {
  it("answers what two people signed from a sentence that tells it of 'the ministers'", () => {
    const a = ask("what did orvane and varan sign");
    expect(a.found).toBe(true);
    expect(a.text).toContain("memorandum on river fisheries");
  });
});

describe("the precision a date question asks", () => {
  it("does not answer 'on what day' with a month, and says what the article gives", () => {
    const a = ask("on what day did brandt and demir meet");
    expect(a.found).toBe(false);
    expect(a.text).toMatch(/not give the day/);
    expect(a.text).toContain("March 2024");
  });
});

describe("where a trip came from", () => {
  it("answers where someone flew in from with the place the trip came from, never a meeting's place", () => {
    const a = ask("where did telu fly in from");
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("Sydney");
  });
});

describe("follow-ups that point back with 'they'", () => {
  it("narrows the meetings of the people in focus by the place the follow-up names", () => {
    const first = ask("when did orvane meet varan");
    expect(first.found).toBe(true);
    const a = ask("when did they meet in tarsk?", first);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Varan");
    expect(a.text).not.toContain("Nemo");
    // (and "where in Tarsk" is not answered with Tarsk again)
    const inside = ask("where in tarsk did they meet?", first);
    expect(inside.text.split("\n")[0]).not.toContain("Nemo");
    expect(inside.text.split("\n")[0]).not.toMatch(/^\W*Tarsk\b/);
  });

  it("reads a follow-up that names nothing in the article of the conversation's meeting", () => {
    expect(ask("how long did the meeting last?").found).toBe(false);
    const first = ask("when did orvane meet varan");
    const a = ask("how long did the meeting last?", first);
    expect(a.found).toBe(true);
    expect(a.text).toContain("two hours");
  });
});
