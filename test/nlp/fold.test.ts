import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../../src/nlp/fold";

describe("fold", () => {
  it("folds a sentence of plain words as lower case, and spaces, dashes and quotes as before", () => {
    expect(fold("Varan met Telu in Orvane.")).toBe("varan met telu in orvane.");
    expect(fold("  Varan   met\tTelu ")).toBe("varan met telu");
    expect(fold("Varan–Telu’s talks")).toBe("varan-telu's talks");
  });

  it("gives every text of plain letters, spaces, tabs and line breaks the fold of its slow path", () => {
    // the slow path, step by step, as fold applies it to any text that is not plain printable ASCII with single spaces
    const slow = (t: string) => t.normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim().toLowerCase();
    const piece = fc.constantFrom("Varan", "telu", "A", ".", ",", "'", "-", "1", " ", "  ", "\t", "\n", "é");
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join("")), (text) => fold(text) === slow(text)));
  });
});
