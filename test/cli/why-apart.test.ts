import { describe, expect, it } from "vitest";
import { howReferred, whyApart, type ApartSentence } from "../../src/cli/why-apart";

// Real countries (the gazetteer's), made-up people.
const varan = { names: ["Oleg Varan", "Varan"], office: "President", country: "Malta" };
const telu = { names: ["Ana Telu", "Telu"], office: "Foreign Minister", country: "Cuba" };

describe("how a sentence of contact naming one side refers to the other", () => {
  it("returns the office with the other side's country, or alone, not a titled name", () => {
    expect(howReferred("Telu was received by the Maltese president on Monday.", telu, varan, false)).toBe("an office with the other side's country ('the Veldian president')");
    expect(howReferred("Telu was received by the President on Monday.", telu, varan, false)).toBe("an office alone ('the Prime Minister', 'the ambassador')");
    expect(howReferred("Telu later met President Kesto.", telu, varan, false)).not.toMatch(/^an office/);
  });

  it("returns a counterpart, a visitor, a group phrase, a pronoun, a country, or nothing", () => {
    expect(howReferred("Telu held talks with her Maltese counterpart.", telu, varan, false)).toBe("his/her counterpart, the other side's country given ('his Veldian counterpart')");
    expect(howReferred("Telu held talks with her counterpart.", telu, varan, false)).toBe("his/her counterpart, no country or another's");
    expect(howReferred("Telu met her counterparts from Malta and Chad.", telu, varan, false)).toBe("his/her counterparts (plural: 'met his counterparts from Veldia and Orvane')");
    expect(howReferred("Varan received the visiting minister.", varan, telu, false)).toBe("the visiting minister / the host / the guest");
    expect(howReferred("The two leaders met after Varan spoke.", varan, telu, false)).toBe("the two ministers / both / they (a group phrase)");
    expect(howReferred("Varan met her in the capital.", varan, telu, false)).toBe("a pronoun (he, she, him, her, his)");
    expect(howReferred("Varan held talks with Cuba on trade.", varan, telu, false)).toBe("the other side's country or delegation ('Veldia and Orvane held talks', 'the Orvanian side')");
    expect(howReferred("During the visit, Varan discussed trade.", varan, telu, false)).toBe("no mention of the other side (implied: 'during the visit', 'the talks')");
    expect(howReferred("Telu met Varran in the capital.", telu, varan, false)).toBe("another spelling of the other side's name");
  });
});

describe("why two sides no sentence names together were not joined", () => {
  const sentences: ApartSentence[] = [
    { text: "Orvane's Telu arrives in Veldia", block: 0, title: true },
    { text: "Ana Telu arrived in the capital on Monday.", block: 1 },
    { text: "She was received by President Oleg Varan.", block: 2 },
  ];

  it("returns how the other side is referred to and where it was named before", () => {
    expect(whyApart(sentences, [varan, telu], () => false)).toBe("a pronoun (he, she, him, her, his) | the sentence before");
    expect(whyApart(sentences.filter((s) => !s.text.startsWith("Ana")), [varan, telu], () => false)).toBe("a pronoun (he, she, him, her, his) | the headline");
  });

  it("returns that the build tied the mention when it did", () => {
    expect(whyApart(sentences, [varan, telu], (i, side) => i === 2 && side === 1)).toBe("tied to the other side by the build, no frame joined them | the sentence before");
  });
});
