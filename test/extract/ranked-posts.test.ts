/** @module A rank or form of address between the comma that closes a post and the holder's name: the post is the one held. */
import { describe, expect, it } from "vitest";
import { findMentions, type NameMention } from "../../src/extract/mentions";
import { segment } from "../../src/extract/segment";
import { articleIndex, personNamed } from "./helpers";

const names = (text: string) => findMentions(segment([{ text }])[0]!).filter((m): m is NameMention => m.kind === "name");

describe("a post closed by a comma before a rank and the name", () => {
  it("returns the post before the comma as the office and the rank as the style of address", () => {
    // read17 q405 (a state broadcaster's release): "the Director General of the External Security Organisation (ESO), Ambassador …";
    // devG g212 (a regional secretariat's release): "the Director General of the MSG Secretariat, Ambassador …"
    expect(names("The talks were attended by the Director General of the Veldian Security Office (VSO), Ambassador Telu Varan.")[0]).toMatchObject({
      name: "Telu Varan",
      honorific: "Ambassador",
      office: { title: "Director General", organisation: "Veldian Security Office (VSO)" },
    });
    // check12 l210 (a wire report): "the Chief of Army Staff, General …"
    expect(names("He also met the Chief of Army Staff, General Telu Varan; and others.")[0]).toMatchObject({ name: "Telu Varan", honorific: "General", office: { title: "Chief of Army Staff" } });
    // check12 l103 (an island daily): "received by the President of the Senate, Senator …"
    expect(names("He was received by the President of the Senate, Senator Telu Varan.")[0]).toMatchObject({ name: "Telu Varan", honorific: "Senator", office: { title: "President", organisation: "Senate" } });
  });

  it("returns the post when honorifics follow the rank, and reads Governor-General as a post", () => {
    // read16 q306 (a Pacific daily): "a courtesy call on the Governor-General, Grand Chief Sir …"; read16 q302 (a government
    // house release): "His Excellency the Governor-General, Sir …"
    expect(names("The President paid a courtesy call on the Governor-General, Grand Chief Sir Telu Varan.")[0]).toMatchObject({
      name: "Telu Varan",
      honorific: "Grand Chief Sir",
      office: { title: "Governor-General" },
    });
    expect(names("The ceremony was conducted by His Excellency the Governor-General, Sir Aldor Orv, on Wednesday.")[0]).toMatchObject({ name: "Aldor Orv", office: { title: "Governor-General" } });
  });

  it("keeps the rank as the title when no post stands before the comma", () => {
    expect(names("After the summit, Ambassador Telu Varan said he was pleased.")[0]).toMatchObject({ name: "Telu Varan", office: { title: "Ambassador" } });
    expect(names("He met President Aldor Orv, General Telu Varan and others.").map((m) => m.office?.title)).toEqual(["President", "General"]);
  });

  it("gives the holder of a state body's post the other side's country in a story of two countries", () => {
    const index = articleIndex(
      "Kenya and Tanzania hold talks\n\nMarch 3 (Wire) - Kenyan President Aldor Orv held talks on Monday with the President of the Senate, Senator Telu Varan.\n",
      "2024-03-03",
    );
    expect(personNamed(index, "Telu Varan")?.offices).toContainEqual(expect.objectContaining({ title: "President", organisation: "Senate", country: "Tanzania" }));
  });
});

describe("an officer's rank written with a hyphen, and a post a relative clause gives", () => {
  it("reads 'Major-General' after a post and its comma as the style of address", () => {
    // read16 q306 (a Pacific daily): "the PNG Defence Force Commander, Major-General …"
    expect(names("Waiting were the Veldian Defence Force Commander, Major-General Telu Varan, and others.").find((m) => m.name === "Telu Varan")).toMatchObject({ name: "Telu Varan", honorific: "Major-General", office: { title: "Commander" } });
  });

  it("gives 'who holds the … portfolio' as a minister's post, over a rank before the name", () => {
    // read35 x293 (a regional daily): "…, Major-General …, who holds the foreign affairs and international trade portfolio";
    // read21 r817 (a Pacific mission report): "Dr …, who holds the health and Pacific Peoples portfolios"
    expect(names("She met Major-General Telu Varan, who holds the foreign affairs and international trade portfolio, on Monday.").find((m) => m.name === "Telu Varan")).toMatchObject({
      name: "Telu Varan",
      honorific: "Major-General",
      office: { title: "Minister of Foreign Affairs and International Trade" },
    });
    expect(names("Orv travelled with Dr Telu Varan, who holds the health and Pacific Peoples portfolios, on the trip.").find((m) => m.name === "Telu Varan")).toMatchObject({ name: "Telu Varan", office: { title: "Minister of Health and Pacific Peoples" } });
    // (not "who holds the key to the talks")
    expect(names("He met Telu Varan, who holds the key to the talks, on Monday.").find((m) => m.name === "Telu Varan")?.office).toBeUndefined();
  });
});

describe("the name of a body a relative clause gives someone's post", () => {
  it("reads no person in 'Dr X, who chairs the Civil Service Selection and Training Board; and Y' (read35 x312)", () => {
    const found = names("Those around the table were Dr. Telu Varan, who chairs the Civil Service Selection and Training Board; and U Orvel Kesto, the Deputy Foreign Minister.");
    expect(found.map((m) => m.name)).toEqual(["Telu Varan", "U Orvel Kesto"]);
    expect(found[0]).toMatchObject({ office: { title: "Chair", organisation: "Civil Service Selection and Training Board" } });
  });
});
