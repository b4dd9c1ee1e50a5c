import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { isUpdate } from "../../src/http/update";
import { intentModel } from "./helpers";

const NOTE = `Veldian minister meets Orvanian counterpart

Orvane City, 12 May 2025 - Veldian Foreign Minister Ana Varan met Orvanian Foreign Minister Telu Kestas in Orvane City on Monday.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/995_note.txt", text: NOTE }]), intentModel());

/** Names of properties every plain object has, which a lookup table keyed by words must not answer to. */
const OBJECT_WORDS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "isPrototypeOf", "prototype"];

describe("questions with the names of an object's own properties", () => {
  it("get a reply, never an error", () => {
    for (const w of OBJECT_WORDS) {
      for (const q of [w, `who is the ${w}`, `when did ${w} meet Varan`, `what did the ${w} minister discuss`, `who met the ${w} ambassador at the ${w}`]) {
        const a = answer(q, knowledge);
        expect(typeof a.text).toBe("string");
        expect(a.text.length).toBeGreaterThan(0);
      }
    }
  });

  it("read an update of such a kind as any update of a kind the bot does not know", () => {
    for (const w of OBJECT_WORDS) expect(isUpdate({ update_id: 1, [w]: { id: 2 } })).toBe(isUpdate({ update_id: 1, some_new_kind: { id: 2 } }));
  });
});
