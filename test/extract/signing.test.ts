/**
 * @module Signing together as a contact of its own (the fallback rows `pair-sign`, `pair-put-signature`): only where no
 * other sentence tells a contact of the pair, and not in a clause whose day and place are another's ("in Tarsk, where A
 * and B signed …") or that points back to talks ("signed a deal after the talks").
 */
import { describe, expect, it } from "vitest";
import { meetingsIn } from "./helpers";

const published = "2024-03-28";

describe("people signing together", () => {
  it("returns one contact for a pair that met and signed, and one for a pair only told signing", () => {
    const met = "Veldian Foreign Minister Varan Kel met Orvanian Foreign Minister Aldo Telu in Tarsk on Monday.\n\nKel and Telu signed a memorandum on trade.";
    expect(meetingsIn(met, published)).toEqual(["Aldo Telu + Varan Kel"]);
    const signed = "Veldian Foreign Minister Varan Kel and Orvanian Foreign Minister Aldo Telu put their signatures to a memorandum on trade in Tarsk on Monday.";
    expect(meetingsIn(signed, published)).toEqual(["Aldo Telu + Varan Kel"]);
  });

  it("returns no contact of a pair signing in a clause opened by 'where' after another occasion", () => {
    const text = "Orvanian President Ana Pell began a state visit to Veldia. Her first trip took her to Tarsk in April, where she and President Bero Mani signed agreements.";
    expect(meetingsIn(text, published).join(" ")).not.toMatch(/Mani/);
  });
});
