/**
 * "With Foreign Minister X he went over …", "To Ambassador X she said …": the one an opening preposition governs is not the
 * subject pronoun right after it, so the "he" of the next sentence is still the article's traveller. Seen in heldout51 x559
 * (an Indian daily: "With Tajikistan's Foreign Minister X he reviewed …. He also met Y"), read articles "With Foreign
 * Minister X she went over …" (a Singapore readout) and "To Ambassador X he said …" (a Liberian presidency page).
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

describe("a pronoun subject after a fronted preposition's object", () => {
  it("returns the traveller's contact for the 'He also met Z' after 'With Y he reviewed …'", () => {
    const text =
      "KELM, July 3, 2024 - Foreign Minister Amos Varan held a series of bilateral meetings in the capital on Wednesday.\n\n" +
      "With Orvane's Foreign Minister Jon Telu he reviewed the bilateral partnership, the minister said in a post.\n\n" +
      "He also met Veldia's Foreign Minister Dan Kelm.";
    const pairs = meetingsOf(text).map((m) => m.names.split(" + ").sort().join(" + "));
    expect(pairs).toContain("Amos Varan + Dan Kelm");
    expect(pairs).not.toContain("Dan Kelm + Jon Telu");
  });

  it("returns the traveller's contact after a fronted portfolio of several words ('With Education and Skill Development Minister Y he …')", () => {
    // new58c x694 ("With Education and Skill Development Minister … she talked about …"), exchange58 x711 ("With Forests and
    // Environment Minister … he reviewed …")
    const text =
      "KELM, July 3, 2024 - Foreign Minister Amos Varan held a series of bilateral meetings in the capital on Wednesday.\n\n" +
      "With Education and Skill Development Minister Jon Telu he reviewed the bilateral partnership, the minister said in a post.\n\n" +
      "He also met Veldia's Foreign Minister Dan Kelm.";
    const pairs = meetingsOf(text).map((m) => m.names.split(" + ").sort().join(" + "));
    expect(pairs).toContain("Amos Varan + Dan Kelm");
    expect(pairs).not.toContain("Dan Kelm + Jon Telu");
  });
});
