/** @module Tests of "who was A's predecessor?", "who did A replace?": the one a sentence about A says A took over from. */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up, in the shapes of a ministry's release (read20 r724), an envoy's call (read35 x298) and a speaker's visit (read34 x290). */
const NEW_MINISTER = ` date 2024-01-30
Kuleba calls Moldova's new foreign minister

Kyiv, 30 January 2024 - Ukrainian Foreign Minister Dmytro Varan spoke by phone on Tuesday with Moldova's new Minister of Foreign Affairs, Mihai Telu.

Telu, a career diplomat, took office on Monday.

His predecessor, Nicu Orvel, announced his resignation last week.
`;
const NEW_ENVOY = ` date 2020-11-05
New envoy calls on Qureshi

Islamabad, 5 November 2020 - China's new ambassador to Pakistan, Nong Kesto, called on Foreign Minister Shah Mahmood Halvik on Thursday.

He succeeds Yao Rusk, who left after a term officials described as a success.
`;

describe("whom someone took over from", () => {
  const knowledge = loadKnowledge(extractIndex([{ file: "seeds/977_minister.txt", text: NEW_MINISTER }, { file: "seeds/976_envoy.txt", text: NEW_ENVOY }]), intentModel());

  it("names the one 'his predecessor, X' stands for, from the sentence after the person's", () => {
    const a = answer("who was telu's predecessor", knowledge);
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("Nicu Orvel");
    expect(answer("who was moldova's foreign minister before telu", knowledge).text.split("\n")[0]).toContain("Nicu Orvel");
  });

  it("names the one 'he succeeds X' says, for 'who did A replace'", () => {
    const a = answer("who did nong kesto replace as ambassador", knowledge);
    expect(a.found).toBe(true);
    expect(a.text.split("\n")[0]).toContain("Yao Rusk");
  });

  it("names no predecessor of one the articles give none, nor by a 'his' after two people", () => {
    expect(answer("who was varan's predecessor", knowledge).text.split("\n")[0]).not.toMatch(/Orvel|Rusk/);
  });
});
