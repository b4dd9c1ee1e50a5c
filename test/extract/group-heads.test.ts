import { describe, expect, it } from "vitest";
import { meetingsIn } from "./helpers";

// heldout106 x974 ("… received a senior delegation from Washington at the National Palace … The American team was headed by A, B
// and C"), heldout68 x683 ("… sat down … with a high-level Mexican delegation … Mexico's side was headed by A and included …"):
// the group's contact is one with the heads the next sentence names. Made-up people in those shapes.
describe("the heads of a group named in the sentence after its contact", () => {
  it("makes the group's contact one with its heads", () => {
    const text = "KELM, Dec. 28 - President Varan Telu received a senior delegation from Washington at the National Palace on Wednesday.\n\nThe American team was headed by Secretary of State Osk Benn and Homeland Security Secretary Ruda Hadu.";
    expect(meetingsIn(text, "2023-12-28")).toEqual(["Osk Benn + Ruda Hadu + Varan Telu"]);
  });

  it("reads heads up to the verb after them", () => {
    const text = "Agriculture Secretary Varan Telu sat down on Friday with a high-level Mexican delegation.\n\nMexico's side was headed by Secretary of Foreign Affairs Osk Benn and included Ambassador Ruda Hadu.";
    expect(meetingsIn(text, "2022-12-16")).toEqual(["Osk Benn + Varan Telu"]);
  });

  it("keeps the group when the heads are the host's own side", () => {
    const text = "President Varan Telu of Mexico received a delegation of Kenyan investors on Friday.\n\nThe Mexican side was headed by Foreign Secretary Osk Benn.";
    expect(meetingsIn(text, "2022-12-16").some((m) => m.includes("Osk Benn"))).toBe(false);
  });
});
