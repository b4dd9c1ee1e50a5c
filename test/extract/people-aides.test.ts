import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

// Made-up people in real countries, in the shapes of wire copy and ministry releases that name one by whom they serve.
const indexOfText = (text: string) => extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]);

describe("one's predecessor, aide or envoy", () => {
  it("gives a predecessor named with no post the country and the earlier post of the one who followed them", () => {
    // shapes of a national daily and an agency report: "<surname>'s predecessor, <name>", the successor titled in the lead
    const index = indexOfText(
      "Brazilian President Varan Telmo flew to Lisbon on Friday for talks with Portugal's President, Orvel Kasto.\n\nThe award was never signed by Telmo's predecessor, Halvik Dorsan, and the ceremony was held over until now.",
    );
    const predecessor = personNamed(index, "Halvik Dorsan");
    expect(predecessor?.country).toBe("Brazil");
    expect(predecessor?.offices[0]?.title).toMatch(/^Former President\b/);
  });

  it("gives the earlier post to a predecessor whose country another sentence gave first", () => {
    // read16 q305 (a ministry release): "when Acevedo's predecessor, Antonio Rivas Palacios, spoke with Bustillo"; the
    // predecessor's country read before the possessive is met (here from an earlier sentence, "<name> of <country>")
    const index = indexOfText(
      "Paraguayan Foreign Minister Varan Telmo held talks in Montevideo on Friday with Uruguay's Foreign Minister, Orvel Kasto.\n\nHalvik Dorsan of Paraguay had visited Montevideo in 2020.\n\nThe talks picked up where a call left off last year, when Telmo's predecessor, Halvik Dorsan, spoke with Kasto.",
    );
    const predecessor = personNamed(index, "Halvik Dorsan");
    expect(predecessor?.country).toBe("Paraguay");
    expect(predecessor?.offices.map((o) => o.title)).toContainEqual(expect.stringMatching(/^Former Foreign Minister\b/));
  });

  // "His foreign minister, Carlos Ramiro Martínez, said the agenda …" after the Guatemalan president (check12 l112), "accompanied
  // at that meeting by her prime minister, Gustavo Adrianzén" (read16 q304); "each accompanied by his foreign minister, A and B
  // respectively" (read21 r808) names no one's
  it("gives one's foreign or prime minister one's country, never over a 'his' of several owners", () => {
    const his = indexOfText(
      "Guatemalan President Varan Telmo will host Mexican President Orvel Kasto on Friday. He said the visit mattered.\n\nHis foreign minister, Halvik Dorsan, said the agenda would cover migration.",
    );
    expect(personNamed(his, "Halvik Dorsan")?.country).toBe("Guatemala");
    const each = indexOfText("Paraguayan President Varan Telmo and Uruguayan President Orvel Kasto met on Wednesday, each accompanied by his foreign minister, Halvik Dorsan and Ana Mavor respectively.");
    expect(personNamed(each, "Halvik Dorsan")?.country).not.toBe("Uruguay");
  });

  it("gives a spokeswoman the country of the one she speaks for", () => {
    // shapes of a state visit report: "<surname>'s spokesperson, <name>, had said …"
    const index = indexOfText(
      "South African President Kestas Muro arrived in Abuja on Wednesday.\n\nA business forum was also on the programme, Muro's spokesperson, Telu Dabane, had said on Tuesday.",
    );
    expect(personNamed(index, "Telu Dabane")?.country).toBe("South Africa");
  });

  it("gives a press chief or press secretary the country of the one they speak for", () => {
    // shapes of an agency report and a national daily: "<surname>'s press secretary, <name>", "<surname>'s press chief <name>"
    const index = indexOfText(
      "Ukrainian President Kestas Muro arrived in Ankara on Friday.\n\nThe two leaders spoke for two hours, Muro's press secretary, Telu Dabane, wrote afterwards.",
    );
    expect(personNamed(index, "Telu Dabane")?.country).toBe("Ukraine");
  });

  it("gives the aide of one the dateline's country does not hold no dateline country", () => {
    // a national daily at home reports a visitor's press chief: the aide is the visitor's, not the dateline's
    const index = indexOfText(
      "VIENTIANE, June 3 (Wire) – Laos's Prime Minister Osk Telu said on Monday the embassy would open within a year.\n\nWhen Prime Minister Kestas Muro met Lao Prime Minister Osk Telu in Brussels in December, the two agreed to mark sixty years of ties, Muro's press chief Varan Halvik said at the time.",
    );
    expect(personNamed(index, "Varan Halvik")?.country).not.toBe("Laos");
    expect(personNamed(index, "Osk Telu")?.country).toBe("Laos");
  });

  it("gives the earlier post to the predecessor of one named right before 'and his'", () => {
    // shapes of an agency's phone-call report (read18) and a state agency (devF): "<surname> and his predecessor <name> alike",
    // "following the death of his predecessor, <name>"
    const index = indexOfText(
      "Chilean Foreign Minister Varan Telmo spoke by phone on Friday with Secretary of State Orvel Kasto of the United States.\n\nHe noted that US secretaries of state, Kasto and his predecessor Halvik Dorsan alike, often call the region's capitals.",
    );
    const predecessor = personNamed(index, "Halvik Dorsan");
    expect(predecessor?.country).toBe("United States");
    expect(predecessor?.offices[0]?.title).toMatch(/^Former Secretary of State\b/);
  });

  it("gives the earlier post to the predecessor after 'her' when the article shows the owner is a woman", () => {
    // shapes of a regional daily (read16) and a national daily (corpus): "from that of her predecessor, <name>", "when her
    // predecessor, the late <name>, travelled to <city>"
    const index = indexOfText(
      "Tanzanian President Varla Telmo arrived in Nairobi on Monday for talks with Kenyan President Orvel Kasto.\n\nShe said the visit would open a new chapter.\n\nIt is the first such visit since 2016, when her predecessor, the late Halvik Dorsan, travelled to Nairobi.",
    );
    const predecessor = personNamed(index, "Halvik Dorsan");
    expect(predecessor?.country).toBe("Tanzania");
    expect(predecessor?.offices[0]?.title).toMatch(/^Former President\b/);
  });

  it("gives no post from 'her predecessor' to one whose owner the article does not show to be a woman", () => {
    // shape of a ministry release (devG): "<surname> discussed … by telephone with her predecessor, <name>": "her" is not the
    // subject's, who is a man the text never calls "she"; the predecessor would hold a post they never held
    const index = indexOfText(
      "French Foreign Minister Varla Telmo received Armenian Foreign Minister Orvel Kasto in Paris on Monday.\n\nIn September Kasto discussed the border by telephone with her predecessor, Halvik Dorsan.",
    );
    expect(personNamed(index, "Halvik Dorsan")?.offices.some((o) => /Foreign Minister/.test(o.title) && o.country === "Armenia")).not.toBe(true);
  });

  it("gives nothing from a pronoun's aide, nor to one the sentence says is another's", () => {
    const index = indexOfText("Kenyan President Varan Oduya received the envoy on Monday.\n\nAccording to his spokesman, Orvel Kibet, the talks went well.");
    expect(personNamed(index, "Orvel Kibet")?.country).toBeUndefined();
  });
});

describe("a counterpart of a deputy prime minister and foreign minister", () => {
  it("holds the foreign minister's post, the one talks between two countries are held in", () => {
    // shapes of a government release and a state agency: "Deputy Prime Minister and Foreign Minister A hosted his <demonym> counterpart, B"
    const index = indexOfText("New Zealand's Deputy Prime Minister and Foreign Minister Varan Petra hosted his German counterpart, Telu Wadel, in Wellington on Tuesday.");
    expect(personNamed(index, "Telu Wadel")?.offices[0]?.title).toMatch(/^Foreign Minister\b/);
    expect(personNamed(index, "Telu Wadel")?.country).toBe("Germany");
  });
});

describe("a counterpart named with styles and no title", () => {
  it("takes the counterpart's country and the post of the one whose counterpart they are", () => {
    // shapes of a foreign ministry's release: "held bilateral talks with her <demonym> counterpart, the Hon. <name>"
    const index = indexOfText("Senator the Hon. Varan Telu, Minister of Foreign Affairs of Jamaica, held bilateral talks with her Canadian counterpart, the Hon. Orvel Kestas, on the margins of the meeting in Toronto.");
    expect(personNamed(index, "Orvel Kestas")?.country).toBe("Canada");
    expect(personNamed(index, "Orvel Kestas")?.offices[0]?.title).toMatch(/Foreign/);
  });
});

describe("an envoy met abroad, posted nowhere the text says", () => {
  it("makes the official who receives them, or whom they call on, of the country of the meeting", () => {
    // shapes of a presidency's release: "The credentials of A, the new Ambassador of X, were received by President B at a
    // ceremony in <capital>"; "the new ambassador is due to call on Prime Minister C"
    const index = indexOfText(
      "The credentials of Orvel Marsh, the new Ambassador Extraordinary and Plenipotentiary of the United States, were received by President Kestas Varna at a ceremony in Riga on 20 February.\n\nLater the same day, the new ambassador is due to call on Prime Minister Telu Sirin.",
    );
    expect(personNamed(index, "Kestas Varna")?.country).toBe("Latvia");
    expect(personNamed(index, "Telu Sirin")?.country).toBe("Latvia");
  });
});

describe("envoys of a credentials ceremony, posted nowhere the text says", () => {
  const officeOf = (index: ReturnType<typeof indexOfText>, name: string) => personNamed(index, name)?.offices.find((o) => /Ambassador|Envoy/.test(o.title));

  it("posts each envoy to the country of the one who receives the credentials", () => {
    // shapes of a presidency's release (devH, corpus) and a foreign ministry's (devG): "The envoys who presented their
    // credentials were A of Cuba, B of Angola …", "<name>, Ambassador of <country>, presented her letters of credence to the
    // President of <country>"
    const index = indexOfText(
      "Kenyan President Varan Oduya on Tuesday received the credentials of the new Ambassador of Cuba, Orvel Marsh, at State House.\n\nThe President wished the envoy a successful tour of duty.",
    );
    expect(officeOf(index, "Orvel Marsh")).toMatchObject({ country: "Cuba", to: "Kenya" });
  });

  it("posts no envoy whose post travels, nor one whose ceremony the text places in another country", () => {
    // shape of a government release (corpus): "<name>, Fiji's Roving Ambassador to the Pacific Island Countries and
    // Territories, … presented his Letter of Credentials to the President of <country>": accredited there, not posted there
    const roving = indexOfText("Orvel Marsh, Fiji's Roving Ambassador to the Pacific Island Countries and Territories, presented his letter of credentials to Nauru's President Varan Oduya on Monday.");
    expect(officeOf(roving, "Orvel Marsh")?.to).toBeUndefined();
    const abroad = indexOfText("Kenyan President Varan Oduya received the credentials of the new Ambassador of Cuba, Orvel Marsh, in Geneva on Tuesday.");
    expect(officeOf(abroad, "Orvel Marsh")?.to).toBeUndefined();
  });
});
