/**
 * @module A travelling party referred to in the plural as one side of a contact ("The two were met by Y", "the two
 * ministers were received by Y", "Y welcomed them", "The visitors were met by Y"): the people a sentence before made
 * one side, with the other side named (read sets: r619, r710, s106, and their kind on real pages).
 */
import { describe, expect, it } from "vitest";
import { meetingsIn } from "./helpers";

const published = "2024-03-28";

describe("a plural standing for the party told before", () => {
  it("returns the contact of 'The two were met by Y' with the one who arrived and the one travelling together with him", () => {
    const text =
      "Veldian Defence Minister Varan Kel arrived in Tarsk on Monday together with the Chief of the General Staff, General Aldo Telu, for an official visit.\n\n" +
      "The two were met by Orvania's Chief of General Staff, General Bero Mani.";
    expect(meetingsIn(text, published)).toContain("Aldo Telu + Bero Mani + Varan Kel");
  });

  it("returns the contacts of 'the two ministers were received by Y' and 'Z welcomed them' a few sentences after the pair", () => {
    const text =
      "Two members of the Veldian government, Foreign Minister Varan Kel and Trade Minister Aldo Telu, were received in Tarsk on Wednesday by Orvania's Prime Minister, Bero Mani.\n\n" +
      "They carried a written message from their president.\n\n" +
      "Tarsk was the second stop of a tour that began on March 25. In Marsk, the first leg, the two ministers were received by Delkian President Tomas Ruul, to whom they delivered the same message.\n\n" +
      "From Tarsk they flew to Olm, where President Ivo Sarn welcomed them.";
    const met = meetingsIn(text, published);
    expect(met).toContain("Aldo Telu + Tomas Ruul + Varan Kel");
    expect(met).toContain("Aldo Telu + Ivo Sarn + Varan Kel");
  });

  it("returns the contact of 'The visitors were met by Y' with the leader of the team and the one travelling with him", () => {
    const text =
      "The team is led by Veldia's foreign minister, Varan Kel, who is travelling with Aldo Telu, an adviser to the President.\n\n" +
      "The visitors were met at the airport by Orvania's Minister of Foreign Affairs, Bero Mani, and were then driven to the state house.";
    expect(meetingsIn(text, published)).toContain("Aldo Telu + Bero Mani + Varan Kel");
  });

  it("returns no contact of a party of three for 'the two', nor of a plural that names no people", () => {
    const three =
      "Foreign Minister Varan Kel, Trade Minister Aldo Telu and Energy Minister Ana Pell arrived in Tarsk on Monday.\n\n" +
      "The two were met by Orvania's Prime Minister, Bero Mani.";
    expect(meetingsIn(three, published).join(" ")).not.toMatch(/Mani/);
    const countries =
      "Foreign Minister Varan Kel and Trade Minister Aldo Telu arrived in Tarsk on Monday.\n\n" +
      "The two countries were praised by Orvania's Prime Minister, Bero Mani.";
    expect(meetingsIn(countries, published).join(" ")).not.toMatch(/Mani/);
  });

  it("returns no contact for 'them' with no party told in the sentences before", () => {
    const text =
      "Foreign Minister Varan Kel arrived in Tarsk on Monday.\n\n" +
      "The talks went on late. Orvania's Prime Minister, Bero Mani, welcomed them.";
    expect(meetingsIn(text, published).join(" ")).not.toMatch(/Kel.*Mani|Mani.*Kel/);
  });
});
