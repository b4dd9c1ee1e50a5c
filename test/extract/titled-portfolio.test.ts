/**
 * A title with its portfolio set before a name by a comma is that name's ("the Minister for Home Affairs and Cyber Security,
 * Varan Telu"), never a description of its own that another minister of the article may stand for (heldout53 x582, a Czech
 * outlet: the talks went to the minister named paragraphs before; read articles write "the Minister for Foreign Affairs and
 * Trade Promotion, X", "the Minister for Pacific Peoples, Dr Y").
 */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

describe("a title with its portfolio before a name", () => {
  it("returns the contact with the name, not with an earlier minister", () => {
    const text =
      "TARSK, 27 February 2024 - On Friday, Foreign Minister Jan Kelm met Orvane's External Affairs Minister Dan Orso.\n\n" +
      "On Saturday Kelm landed in Veldia. In Tarsk he was received by the Governor-General, Amos Varan, and held talks with the Minister for Home Affairs and Cyber Security, Mira Telu.";
    const pairs = meetingsOf(text).map((m) => m.names.split(" + ").sort().join(" + "));
    expect(pairs).toContain("Jan Kelm + Mira Telu");
    expect(pairs.filter((p) => p === "Dan Orso + Jan Kelm")).toHaveLength(1);
  });
});
