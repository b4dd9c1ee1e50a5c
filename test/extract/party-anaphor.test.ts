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

/**
 * A group named with its head, then by its noun alone as one side ("A delegation from Orvane, led by X, arrived … On Tuesday
 * the delegation met Y", "The Panel is chaired by X … the Panel was received by Y", "the mission paid a courtesy call on Y"):
 * read33 x254 (a parliamentary delegation's calls), heldout89 x848–x850 (an envoys' mission, a panel of elders, a panel's
 * shuttle), exchange62.
 */
describe("a group named with its head, then by its noun alone", () => {
  it("returns the contacts of 'the delegation met Y' and 'the delegation called on Z' with the head the group was named with", () => {
    const text =
      "A parliamentary delegation from Orvane, led by Varan Kel, President of the National Assembly of Orvane, arrived in Tarsk on Monday for a three-day visit.\n\n" +
      "On Tuesday the delegation met Veldian Prime Minister Bero Mani at his office in Tarsk. Mani said the two parliaments should work together.\n\n" +
      "Later the delegation called on President Ana Pell at the palace.";
    const met = meetingsIn(text, published);
    expect(met).toContain("Bero Mani + Varan Kel");
    expect(met).toContain("Ana Pell + Varan Kel");
  });

  it("returns the contact of 'the Panel was received by Y' and of 'where the Panel met Y' some sentences after 'The Panel is chaired by X'", () => {
    const text =
      "The Orvane Panel of Elders has completed its first mission to Veldia.\n\n" +
      "The Panel is chaired by Dr Aldo Telu, a former President of Orvane. Its other members are scholars.\n\n" +
      "Tarsk was the first stop. On Sunday 3 March the Panel was received by General Bero Mani, President of the Transitional Council of Veldia.\n\n" +
      "The last leg was Marsk, where the Panel met the Executive Secretary of the Lake Authority, Dr Ivo Sarn.";
    const met = meetingsIn(text, published);
    expect(met).toContain("Aldo Telu + Bero Mani");
    expect(met).toContain("Aldo Telu + Ivo Sarn");
  });

  it("returns the head and the members 'included' gives the mission, met on landing", () => {
    const text =
      "The mission was headed by Orvane's former head of state, General Varan Kel, and included the head of the Commission, Aldo Telu.\n\n" +
      "On landing, the mission was met at the airport by Veldia's Prime Minister, Bero Mani.";
    expect(meetingsIn(text, published)).toContain("Aldo Telu + Bero Mani + Varan Kel");
  });

  it("returns the head of the group of the same noun, named after its post, before another group told nearer (exchange62 x882, x883)", () => {
    const text =
      "Veldia welcomed the results of five days of talks with a delegation from Orvane.\n\n" +
      "The head of the delegation, Varan Kel, said the visitors had held extensive meetings.\n\n" +
      "According to the ministry, it held its discussions with the Veldian team headed by Ambassador Aldo Telu.\n\n" +
      "On Tuesday the delegation met the Minister of Defence, Bero Mani.";
    const met = meetingsIn(text, published);
    expect(met).toContain("Bero Mani + Varan Kel");
    expect(met.join(" ")).not.toMatch(/Aldo Telu \+ Bero Mani|Bero Mani \+ Aldo Telu/);
  });

  it("returns no contact of 'the delegation' with no group given a head before, nor of a delegation of a country of its own", () => {
    const none =
      "Foreign Minister Varan Kel arrived in Tarsk on Monday.\n\n" +
      "On Tuesday the delegation met Veldian Prime Minister Bero Mani.";
    expect(meetingsIn(none, published).join(" ")).not.toMatch(/Mani/);
    const own =
      "A delegation from Orvane, led by Varan Kel, arrived in Tarsk on Monday.\n\n" +
      "On Tuesday the delegation of Delkia met Veldian Prime Minister Bero Mani.";
    expect(meetingsIn(own, published).join(" ")).not.toMatch(/Kel.*Mani|Mani.*Kel/);
  });
});
