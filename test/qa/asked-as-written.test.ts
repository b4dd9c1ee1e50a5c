import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: two real countries about to mark an anniversary, a general named Mark in another story, a signing done and one planned. */
const TIES = ` date 2025-03-04
Varan holds talks in Accra ahead of 40th anniversary of ties

Accra, 4 March 2025 - Kenyan Foreign Minister Telu Varan held talks in Accra on Tuesday with Ghanaian Foreign Minister Piet Kestas.
Varan said Nairobi wanted to deepen political dialogue, not least around June, when the two countries mark the 40th anniversary of their diplomatic relations.
The partnership dates back to 2019, when Varan travelled to Lusaka and signed a joint statement on fisheries cooperation with his Zambian counterpart at the time.
Kestas said he was expected to sign further agreements on tourism during the year.
`;

const PARADE = ` date 2025-02-10
Parade held in Lima

Lima, 10 February 2025 - Major-General Mark Dovran led a parade in Lima on Monday, the army said.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/993_ties.txt", text: TIES },
    { file: "seeds/994_parade.txt", text: PARADE },
  ]),
  intentModel(),
);

describe("a first name typed in lower case", () => {
  it("is the word the articles write in lower case, not the person it names", () => {
    const reply = answer("which anniversary of diplomatic relations are ghana and kenya about to mark", knowledge);
    expect(reply.text).toMatch(/40th/);
    expect(reply.text).not.toMatch(/Dovran/);
  });
});

describe("a sentence that says 'not least'", () => {
  it("is read, as it denies nothing", () => {
    expect(answer("which anniversary do kenya and ghana mark in june", knowledge).text).toMatch(/40th/);
  });
});

describe("what someone signed", () => {
  it("is read when the question types the names in lower case", () => {
    expect(answer("what did varan sign in lusaka", knowledge).text).toMatch(/joint statement on fisheries/);
  });

  it("is never an act the articles tell as still planned", () => {
    expect(answer("what did kestas sign", knowledge).text).not.toMatch(/further agreements/);
  });
});

/** Made up: a minister called "Ambassador" who receives an envoy, and a head of a country's diplomacy. */
const ENVOYS = ` date 2025-05-12
State Minister receives Kenyan envoy

Accra, 12 May 2025 - The State Minister of Trade, Ambassador Nilo Brask, today received Mr. Oren Halvik, Chargé d'Affaires of the Embassy of Kenya.
On Tuesday, President Ana Sorel received the Head of Zambia's diplomacy, Piet Kestas, at the presidential palace in Accra.
`;

/** Made up: an envoy whose posting the article does not give, in an article that never names Ghana. */
const ELSEWHERE = ` date 2025-04-02
Chilean envoy meets students

Lima, 2 April 2025 - Chilean Ambassador Doro Lind met Peruvian students at the university on Wednesday.
`;

describe("an envoy asked by both ends", () => {
  const k = loadKnowledge(
    extractIndex([
      { file: "seeds/995_envoys.txt", text: ENVOYS },
      { file: "seeds/996_elsewhere.txt", text: ELSEWHERE },
    ]),
    intentModel(),
  );

  it("is not someone tied to neither country", () => {
    const reply = answer("who is kenya's ambassador to ghana", k);
    expect(reply.found).toBe(false);
    expect(reply.body.map((b) => JSON.stringify(b)).join(" ")).not.toMatch(/Brask/);
  });

  it("is not an envoy of an article that never names the country asked", () => {
    const reply = answer("who is chile's ambassador to ghana", k);
    expect(reply.found).toBe(false);
    expect(reply.body.map((b) => JSON.stringify(b)).join(" ")).not.toMatch(/Lind/);
  });

  it("finds the head of a country's diplomacy as its foreign minister", () => {
    expect(answer("who received the zambian foreign minister in accra", k).text).toMatch(/Sorel/);
  });
});
