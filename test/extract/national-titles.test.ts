import { describe, expect, it } from "vitest";
import { meetingsIn, personNamed, articleIndex } from "./helpers";

// A country's own word for a post, written in English reports for its holder: "Simon X, the Taoiseach, …" and "The Taoiseach
// then sat down with …" (exchange64 x1002), "The Tánaiste, Y, …" (heldout24 t113, heldout21 r823), "Lyonchhen received …",
// "Lyonchhen calls on …" (exchange64 x1003, heldout95 x901, devH d207). Made-up people in those shapes.
describe("a post in its country's own word", () => {
  it("gives the name beside it the post and its country, and reads the title alone as its holder", () => {
    const text = "Varan Telu, the Taoiseach, was waiting on the steps of Farmleigh House when the British prime minister's car pulled up.\n\nThe Taoiseach then sat down with Osk Benn in the library.\n\nBenn said he wanted to be ambitious.";
    const index = articleIndex(text, "2024-09-07");
    const telu = personNamed(index, "Varan Telu");
    expect(telu?.offices[0]).toMatchObject({ title: "Prime Minister", country: "Ireland" });
    expect(meetingsIn(text, "2024-09-07")).toContain("Osk Benn + Varan Telu");
  });

  it("reads the title alone, with no article, as the holder named before", () => {
    const text = "Ruda Hadu, who became Lyonchhen in January, made New Delhi his first trip abroad.\n\nLyonchhen received India's new Foreign Secretary, Kiran Orvel, at the Prime Minister's Office in Thimphu yesterday.";
    expect(meetingsIn(text, "2024-07-20")).toContain("Kiran Orvel + Ruda Hadu");
  });

  it("keeps the holder a pronoun after the title stands for, and a Bhutanese style of honour off the name", () => {
    const text = "Thimphu, March 16 - Prime Minister Ruda Hadu called on the President of India, Mira Kestel, at Rashtrapati Bhavan in New Delhi on Friday.\n\nWelcoming Lyonchhen, the President said she appreciated that he had made India his first destination abroad.\n\nAccompanying Lyonchhen is Dasho Osk Benn, Minister for Foreign Affairs.";
    const index = articleIndex(text, "2024-03-16");
    expect(personNamed(index, "Osk Benn")).toBeDefined();
    expect(meetingsIn(text, "2024-03-16")).toEqual(["Mira Kestel + Ruda Hadu"]);
  });
});
