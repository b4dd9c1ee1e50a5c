import { describe, expect, it } from "vitest";
import { articleIndex, personNamed } from "./helpers";

/** The offices of `name` in an index of `text` alone, as title, country and posting. */
const officesOf = (text: string, name: string) =>
  personNamed(articleIndex(text, "2024-05-01"), name)?.offices.map((o) => ({ title: o.title, ...(o.country ? { country: o.country } : {}), ...(o.to ? { to: o.to } : {}), ...(o.organisation ? { organisation: o.organisation } : {}) }));

describe("offices a verb after the name gives", () => {
  it("returns the post 'is' gives the name before it, with the country and posting the title says", () => {
    expect(officesOf("Orvel Kestas is Jamaica's High Commissioner to Ghana, based in Accra.", "Orvel Kestas")).toEqual([{ title: "High Commissioner", country: "Jamaica", to: "Ghana" }]);
    expect(officesOf("Orvel Kestas is the Chinese Minister of Foreign Affairs, while Telu Varan keeps the upper hand.", "Orvel Kestas")).toEqual([{ title: "Minister of Foreign Affairs", country: "China" }]);
  });

  it("returns the post one was elected or named to, without a body that names nothing", () => {
    expect(officesOf("Telu Varan is the first minister from Ghana to travel to Peru since Dr Orvel Kestas was elected president of the island nation in September.", "Orvel Kestas")).toEqual([{ title: "President" }]);
    expect(officesOf("Orvel Kestas was named Foreign Secretary on Friday in a government reshuffle.", "Orvel Kestas")).toEqual([{ title: "Foreign Secretary" }]);
  });

  it("gives no post for a rank, a post held only in the past, or a title that is another person's", () => {
    expect(officesOf("Orvel Kestas is the first Ghanaian leader to make an official visit to Peru.", "Orvel Kestas") ?? []).toEqual([]);
    expect(officesOf("The last such visit was in 2013, when Orvel Kestas was Ghana's president, and Telu Varan said so.", "Orvel Kestas")?.map((o) => o.title) ?? []).not.toContain("President");
    expect(officesOf("Orvel Kestas is President Telu Varan's adviser, officials said.", "Orvel Kestas")?.map((o) => o.title) ?? []).not.toContain("President");
  });
});

describe("offices written before the name", () => {
  it("returns 'then-President' as a post held before, as 'the then President' is", () => {
    expect(officesOf("She presented her letter of credentials to then-President Orvel Kestas on 8 September.", "Orvel Kestas")).toEqual([{ title: "Former President" }]);
  });

  it("returns an envoy's title closed off by a comma after the city where the envoy serves", () => {
    expect(officesOf("Two years ago Telu Varan received China's ambassador in Nairobi, Orvel Kestas, to discuss the railway.", "Orvel Kestas")).toEqual([{ title: "Ambassador", country: "China", to: "Kenya" }]);
  });
});
