/**
 * A post given by "is" right after a name, when the title closes the clause: "The last of the six, H.E. X, is the
 * non-resident Ambassador of the State of Palestine" (heldout50 x527), "Y is Jamaica's High Commissioner to Trinidad and
 * Tobago, based in Port of Spain" (another read article). Not "is the first minister from … to travel", nor "is the
 * Prime Minister's closest ally".
 */
import { describe, expect, it } from "vitest";
import { articleIndex, personNamed } from "./helpers";

const TEXT = `Envoys in Kelm

KELM, June 12 - President Amos Varan received two envoys on Thursday. The last of the two, H.E. Jon Telu, is the non-resident Ambassador of the State of Palestine. Dan Pell is Jamaica's High Commissioner to Trinidad and Tobago, based in Port of Spain.

Kel Orso is the first minister from Chile to travel to Kelm. Mat Rell is the Prime Minister's closest ally.
`;

describe("a post after 'is'", () => {
  const index = articleIndex(TEXT, "2025-06-12");
  it("gives the name the post and country written after 'is the'", () => {
    const telu = personNamed(index, "Jon Telu");
    expect(telu?.offices.map((o) => o.title)).toContain("Ambassador");
    expect(telu?.offices.find((o) => o.title === "Ambassador")?.country).toBe("Palestine");
    expect(personNamed(index, "Dan Pell")?.offices.find((o) => o.title === "High Commissioner")?.country).toBe("Jamaica");
  });

  it("gives no post when 'is' is followed by something else than a post", () => {
    expect(personNamed(index, "Mat Rell")?.offices.map((o) => o.title) ?? []).toEqual([]);
    expect(personNamed(index, "Kel Orso")?.offices.map((o) => o.title) ?? []).toEqual([]);
  });
});
