import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

const indexOfText = (text: string) => extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]);
const countryOf = (text: string, name: string) => personNamed(indexOfText(text), name)?.country;

describe("whose a title before a name is, where the country stands outside it", () => {
  it("gives a guest titled 'of' a country the titled country, not the country visited before it", () => {
    const text = "DODOMA - The two discussed the coming visit to Tanzania of the Vice President of the United States, Mara Velt, who is expected to be hosted by President Orla Tenn.";
    expect(countryOf(text, "Mara Velt")).toBe("United States");
  });

  it("reads an envoy 'of the United States to Kenya' as the United States' envoy posted to Kenya", () => {
    const text = "NAIROBI - The Minister for Foreign Affairs, Dr. Varan Telu, has held talks with the Ambassador of the United States to Kenya, H.E. Tomas Brell, at the Ministry.";
    const brell = personNamed(indexOfText(text), "Tomas Brell");
    expect(brell?.country).toBe("United States");
    expect(brell?.offices.some((o) => o.to === "Kenya")).toBe(true);
  });
});

describe("the members of a country's party, up to where another's begins", () => {
  it("ends one country's side where another country's team is named", () => {
    const text = "ACCRA - The round took place in Lome on Saturday. Foreign Secretary Asad Varan headed the Ghanaian side, while Togo's team was led by Ali Telu, Deputy Foreign Minister for Political Affairs.";
    const index = indexOfText(text);
    expect(personNamed(index, "Ali Telu")?.country).toBe("Togo");
    expect(personNamed(index, "Asad Varan")?.country).toBe("Ghana");
  });

  it("gives those after 'was represented by' the country represented, and the second country of the sentence its own", () => {
    const text =
      "LILONGWE - The two countries' foreign ministers met yesterday for the session of the joint commission. Malawi was represented by its Minister of Foreign Affairs, Nora Telu, and Zambia by the Acting Minister of Foreign Affairs, Dr Varan Orvel, who co-chaired the session at Minister Telu's invitation.";
    const index = indexOfText(text);
    expect(personNamed(index, "Nora Telu")?.country).toBe("Malawi");
    expect(personNamed(index, "Varan Orvel")?.country).toBe("Zambia");
    // the owner of the invitation is named, not represented
    expect(index.people.filter((p) => p.country === "Zambia").map((p) => p.name)).not.toContain("Telu");
  });

  it("reads a delegation's members after a clause of who led it with no 'that'", () => {
    const text =
      "MANILA - The Philippines wants wider defence ties with Poland, Foreign Affairs Secretary Ren Aldo said after talks with visiting Polish Foreign Minister Tomas Varek on Wednesday. The Polish delegation he led included Piotr Velan, deputy minister of national defence, who joined the plenary talks.";
    expect(countryOf(text, "Piotr Velan")).toBe("Poland");
  });
});
