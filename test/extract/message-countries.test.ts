import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

const indexOfText = (text: string) => extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]);
const countryOf = (text: string, name: string) => personNamed(indexOfText(text), name)?.offices[0]?.country;

describe("countries from the messages envoys carry", () => {
  it("returns the bearer's country for the sender when the verb of carrying is joined to the one before it", () => {
    const call = "Chilean Foreign Minister Varan Telu paid a courtesy call on Peruvian President Orvel Kestas and handed him a letter from President Halvik Tarsk.";
    expect(countryOf(call, "Halvik Tarsk")).toBe("Chile");
    const thanks = "Peru's President Orvel Kestas welcomed Chilean Foreign Minister Varan Telu. Telu thanked him for the reception, passed on the warm greetings of President Halvik Tarsk and briefed him on the talks.";
    expect(countryOf(thanks, "Halvik Tarsk")).toBe("Chile");
    const received = "Chilean Foreign Minister Varan Telu was received by the President, Orvel Kestas of Peru, and conveyed the greetings of President Halvik Tarsk.";
    expect(countryOf(received, "Halvik Tarsk")).toBe("Chile");
  });

  it("returns the bearer's country for the one whose greetings are written as owned", () => {
    const text = "Chilean Foreign Minister Varan Telu also met Peruvian President Orvel Kestas and passed on Prime Minister Halvik Tarsk's good wishes.";
    expect(countryOf(text, "Halvik Tarsk")).toBe("Chile");
  });

  it("returns the country of the one asked to carry greetings home for the head of state they go to", () => {
    const text = "Peruvian President Orvel Kestas asked Chilean Foreign Minister Varan Telu to pass on his greetings to President Halvik Tarsk and Prime Minister Kestas Orvane.";
    expect(countryOf(text, "Halvik Tarsk")).toBe("Chile");
    expect(countryOf(text, "Kestas Orvane")).toBe("Chile");
  });

  it("returns no country from an invitation whose sender is no one named", () => {
    const text = "Chilean Foreign Minister Varan Telu met the Peruvian delegation. He brought an invitation from his government for President Halvik Tarsk to come to Chile in the spring.";
    expect(countryOf(text, "Halvik Tarsk")).not.toBe("Chile");
  });
});

describe("countries said around a name", () => {
  it("returns no country from a country a speaker describes", () => {
    const text = "President Halvik Tarsk received the envoy on Monday. The president said Chile was Peru's closest partner.";
    expect(countryOf(text, "Halvik Tarsk")).not.toBe("Chile");
  });

  it("returns the country owned with an apostrophe alone after a name ending in 's'", () => {
    expect(countryOf("The United States' new ambassador to Kazakhstan, Varan Telu, presented his credentials.", "Varan Telu")).toBe("United States");
  });

  it("returns no pair of parties from two countries an envoy is posted to", () => {
    const text =
      "Peruvian President Varan Telu was received by President Halvik Tarsk on Thursday. Present was Orvel Kestas, Chile's ambassador to Peru and Bolivia.";
    expect(countryOf(text, "Halvik Tarsk")).not.toBe("Bolivia");
  });
});

describe("countries from the subject of a sentence an opening phrase begins", () => {
  it("returns the bearer's country for the sender when another is named in an opening participle's phrase", () => {
    const text =
      "Prince Orvel Kestas of Liechtenstein accepted the credentials of Chilean Ambassador Varan Telu on Monday. Received by the Prince afterwards, Telu said he was honoured to take up the post and passed on the greetings of President Halvik Tarsk.";
    expect(countryOf(text, "Halvik Tarsk")).toBe("Chile");
  });

  it("returns no country owned by the one a speaker tells, when adjectives stand before the person owned", () => {
    const text = "President Halvik Tarsk told Chile's top diplomat on Tuesday that the two economies should be linked more closely.";
    expect(countryOf(text, "Halvik Tarsk")).not.toBe("Chile");
  });
});

describe("an envoy's country and posting set off by commas", () => {
  it("returns the country the envoy represents and the posting, and the posting's country for the official the envoy meets", () => {
    const text = "Speaker of Parliament Orvel Kestas on Wednesday received Varan Telu, Ambassador of Portugal to Kenya, for a talk on trade and schools.";
    const index = indexOfText(text);
    expect(personNamed(index, "Varan Telu")?.offices[0]).toMatchObject({ country: "Portugal", to: "Kenya" });
    expect(personNamed(index, "Varan Telu")?.offices[0]?.organisation).toBeUndefined();
    expect(personNamed(index, "Orvel Kestas")?.offices[0]?.country).toBe("Kenya");
  });
});
