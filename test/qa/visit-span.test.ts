import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up, of the shapes of heldout13 n105 and devG g108: a visit's span told beside one of its meetings. */
const TARSK = ` date 2024-06-06
Veldian minister ends Tarsk visit

Veldia's Foreign Minister Varan Telu called on Orvane's Prime Minister Kestas Halvik this morning, the last engagement of an official visit to Tarsk that ran from 3 to 6 June.

Yesterday evening the visiting minister was received by President Orvel Danek.
`;

/** Made up, of the shape of devF f202: the span told of "its minister", the name given elsewhere. */
const ORVEL = ` date 2024-09-12
Norland minister wraps up Estovia trip

Norland's Foreign Minister Ilan Brenn wrapped up his visit to Estovia today after talks with Estovian Foreign Minister Ruma Kessi.

The Norland foreign ministry had announced that its minister would be in Estovia from September 9 to 12, accompanied by senior officials.
`;

/** Made up: a visit with no span of days told. */
const VARNO = ` date 2025-03-04
Sosk in Varno

Mira Sosk, Foreign Minister of Orvane, met Estovian Foreign Minister Ruma Kessi in Varno on Tuesday during a visit to Estovia.
`;

/** Made up: a stay across two months, and a guest's stay told at the host's invitation. */
const KELD = ` date 2025-11-03
Halvik ends Keldhus stay

Orvane's Prime Minister Kestas Halvik stayed in Keldhus from October 30 to November 2, where he held talks with Mayor Ruma Aldor.

Halvik is in Keldhus at the invitation of Governor Pell Vantor's office, which has asked Ilka Dorn to stay in Keldhus from 10 to 12 December.
`;

/** Made up, of the shape of heldout50 x530 (a ministry's release: "will pay a State Visit to Nepal on 23-24 April 2024"). */
const RELEASE = ` date 2024-04-21
At the invitation of President Ivo Lund of Chile, King Ansel Varo of Spain will pay a State Visit to Chile on 23-24 April 2024. On 24 April the King will hold talks with Prime Minister Mara Solen.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/985_release.txt", text: RELEASE },
    { file: "seeds/981_tarsk.txt", text: TARSK },
    { file: "seeds/982_orvel.txt", text: ORVEL },
    { file: "seeds/983_varno.txt", text: VARNO },
    { file: "seeds/984_keld.txt", text: KELD },
  ]),
  intentModel(),
);
const ask = (q: string) => answer(q, knowledge);

describe("the dates of a visit: the span the article gives the stay", () => {
  it("returns the span of a visit written with a capital ('State Visit'), not the day of its talks", () => {
    const a = ask("when is the king of spain visiting chile");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^23-24 April/);
  });

  it("returns the span written beside a meeting of the visit, not the meeting's day", () => {
    const a = ask("what were the dates of Telu's visit to Tarsk?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^from 3 to 6 June/);
  });

  it("returns the span told of the visitor by his post, in his article", () => {
    expect(ask("what were the dates of Brenn's visit to Estovia").text).toMatch(/^from September 9 to 12/);
  });

  it("answers with the visit's meetings when no span of days is written", () => {
    const a = ask("what were the dates of Sosk's visit to Estovia");
    expect(a.text).not.toMatch(/^from/);
    expect(a.text).toContain("Kessi");
  });
});

describe("when a stay was: the span the article gives it, asked \"when\"", () => {
  it("returns the span of days, across two months, for \"when was A in <place>\"", () => {
    const a = ask("when was halvik in keldhus");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/^from October 30 to November 2/);
  });

  it("returns the span for \"when was A's visit\", not the day of one of its meetings", () => {
    expect(ask("when was Telu's visit to Tarsk?").text).toMatch(/^from 3 to 6 June/);
  });

  it("answers a meeting's day when a meeting is asked, even during the stay", () => {
    expect(ask("when did Telu meet Danek?").text).not.toMatch(/^from/);
  });

  it("answers no span told of another's stay at the asked person's invitation, nor of a stay before or after", () => {
    expect(ask("when is Vantor visiting Keldhus").text).not.toMatch(/from (October|10)/);
    expect(ask("when was halvik last in keldhus").text).not.toMatch(/^from October 30/);
  });
});
