import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

const know = (file: string, text: string) => loadKnowledge(extractIndex([{ file, text }]), intentModel());

describe("a sentence saying no details were given", () => {
  it("answers no 'what did they discuss'", () => {
    const text = `Varan in Orvel

Orvel, 9 August 2024 - Veldian Foreign Minister Telu Varan held talks with Orvanian Foreign Minister Piet Kestas on Friday, the Veldian ministry said, giving no details of what was discussed.
`;
    const a = answer("what did varan and kestas discuss?", know("seeds/997_nodetail.txt", text));
    expect(a.found).toBe(false);
  });
});
