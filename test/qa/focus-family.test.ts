/**
 * @module A follow-up that names nothing reads the articles of the focus; when the name asked before was a family name two
 * people share (a president and his wife, heldout48 x508/x509), the focus is either's articles, not only the one they
 * share, and a ceremony told in another article altogether is not the answer.
 */
import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { focusArticles } from "../../src/qa/focus-articles";
import { intentModel } from "./helpers";

const ENVOYS = ` date 2024-03-15
Envoys take up their posts

TARSK - Three new ambassadors presented their letters of credence to President Orin Varan at the Crystal Hall in Tarsk on Wednesday. Foreign Minister Lia Senn attended the credentials ceremony.
`;
const VISIT = ` date 2024-02-24
Varan receives Orvanian minister

TARSK - President Orin Varan received Orvanian Foreign Minister Kim Orso in Tarsk yesterday. Orso invited the First Lady, Mira Varan, to the Orvel festival.
`;
const OTHER = ` date 2025-08-22
Envoys accredited in Kelm

KELM - President Ana Teller received the letters of credence of four ambassadors this week at a ceremony held at the Amber Palace in Kelm.
`;
const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/911_envoys.txt", text: ENVOYS },
    { file: "seeds/912_visit.txt", text: VISIT },
    { file: "seeds/913_other.txt", text: OTHER },
  ]),
  intentModel(),
);

describe("a follow-up after a family name two people share", () => {
  it("returns the articles of either person for a focus on both, not only the one they share", () => {
    const focus = { people: ["orin-varan", "mira-varan"], meetings: [], countries: [], articles: [] };
    expect(focusArticles({ focus, knowledge, terms: ["credentials", "ceremony"] }).sort()).toEqual(["911_envoys", "912_visit"]);
  });

  it("returns no place of another article's ceremony for 'where was the credentials ceremony held' after asking of 'varan'", () => {
    const first = answer("who did varan receive", knowledge);
    const a = answer("where was the credentials ceremony held", knowledge, { focus: first.focus });
    expect(a.text).not.toContain("Amber Palace");
  });
});
