import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

// Made-up envoys: a presentation of credentials is a ceremony, whether or not its sentences say the word (read19 r602,
// read26 w109, read28 x148, read29 x151, devG g210 ask "where did the credentials ceremony take place").
const CREDENTIALS = ` date 2025-11-17
Ambassador Varan Telu on Monday presented his Letters of Credence to President Kestas Orvel at the Presidential Palace in Lusaka.
`;
const TALKS = ` date 2025-10-02
Foreign Minister Halvik Ostra held talks with Foreign Minister Amar Sovo in Nairobi on Thursday.
`;

const knowledge = loadKnowledge(
  extractIndex([
    { file: "seeds/930_credentials.txt", text: CREDENTIALS },
    { file: "seeds/931_talks.txt", text: TALKS },
  ]),
  intentModel(),
);

describe("the credentials ceremony asked by that name", () => {
  it("answers where it was, after a question about its envoy, from a presentation whose sentence never says 'ceremony'", () => {
    const before = answer("who did Varan Telu meet", knowledge);
    const a = answer("where did the credentials ceremony take place", knowledge, { focus: before.focus });
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/Presidential Palace|Lusaka/);
  });

  it("does not take talks for a ceremony", () => {
    const a = answer("where did the ceremony between Ostra and Sovo take place", knowledge);
    expect(a.found).toBe(false);
  });
});
