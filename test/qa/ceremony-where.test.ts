import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

// Made-up envoys of one ceremony, told one paragraph each (heldout50 x527: "at a ceremony at the President's Office in Malé";
// "at the Prime Minister's Office in …", "at the Foreign Office" in other read articles): the venue is an office, and where
// they all met is one place, said once with all its envoys rather than once per envoy.
const CEREMONY = ` date 2025-06-12
President Amos Varan on Thursday morning received the letters of credence of three newly appointed ambassadors at a ceremony at the President's Office in Tarsk.

First to present her credentials was Jon Telu, the Ambassador of Chile. She and Varan talked about trade.

Dan Pell, the Ambassador of Sweden, followed.

Kel Orso, the Ambassador of Peru, was the last.
`;

// Made up, of the shape of heldout50 x526 ("received … at the Great Hall of the People"; read24 t111, corpus c052 name the same hall).
const HALL = ` date 2025-01-16
President Ivo Lund held talks with President Ana Sol at the Tarsk Hall of the Republic in Tarsk on Wednesday.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/940_ceremony.txt", text: CEREMONY }, { file: "seeds/941_hall.txt", text: HALL }]), intentModel());

describe("where a ceremony of several envoys took place", () => {
  it("names the office it was held at", () => {
    const a = answer("where did the envoys present their credentials to varan", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/President's Office/);
  });

  it("says the place once, with every envoy of the ceremony", () => {
    const a = answer("where did the envoys present their credentials to varan", knowledge);
    expect(a.text.match(/President's Office/g)).toHaveLength(1);
    expect(a.text).toMatch(/Jon Telu, Dan Pell and Kel Orso/);
  });

  it("names a hall with its 'of the …'", () => {
    const a = answer("where did lund and sol hold talks", knowledge);
    expect(a.text).toMatch(/Tarsk Hall of the Republic/);
  });
});
