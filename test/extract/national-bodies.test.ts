import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { countryOfBody } from "../../src/nlp/national-bodies";
import { personNamed } from "./helpers";

// Made-up people in real bodies: a post in a body of one state named by its own name ("the Knesset", "the Verkhovna Rada",
// "MEA", "the State Department") is that state's, as a post in "the Senate of Jamaica" is Jamaica's.
const countryOf = (text: string, name: string) => personNamed(extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]), name)?.country;

describe("a body of one state named by its own name", () => {
  it("gives the speaker of a parliament named by its own name that parliament's state", () => {
    // as "the speaker of the Jogorku Kenesh, X" and "the speaker of the Verkhovna Rada, X" (two outlets)
    const text = "Varan Telu is scheduled to meet Prime Minister Orvel Kestas and the speaker of the Jogorku Kenesh, Halvik Morn, before returning home.\n\nThe talks are to cover trade.";
    expect(countryOf(text, "Halvik Morn")).toBe("Kyrgyzstan");
  });

  it("gives the chairman of a committee of the parliament the parliament's state", () => {
    const text = "Varan's delegation included Orvel Kestas, chairman of the Knesset's Foreign Affairs and Defence Committee, who attended the ceremony.\n\nThe ceremony was small.";
    expect(countryOf(text, "Orvel Kestas")).toBe("Israel");
  });

  it("gives a ministry's spokesperson named by the ministry's own name its state", () => {
    // as "The MEA spokesperson, X, …" and "State Department spokesman X said" (two outlets)
    expect(countryOf("The MEA spokesperson, Halvik Morn, called the visit a reflection of the friendship between the two countries.", "Halvik Morn")).toBe("India");
    expect(countryOf("The two ministers met for half an hour on Sunday, State Department spokesman Orvel Kestas said in a statement.", "Orvel Kestas")).toBe("United States");
  });

  // heldout61 x635, heldout63 x646, heldout64 x654, heldout117 1101 ("Kremlin spokesman X"), exchange59 x747 ("Pentagon press secretary X")
  it("gives a post after a body's name of one word its state, in a story filed from another country", () => {
    const text = "TASHKENT, 28 May 2024 - President Varan Telu held talks with the visiting Russian leader yesterday.\n\nKremlin spokesman Orvel Kestas said the agenda had been broad.";
    expect(countryOf(text, "Orvel Kestas")).toBe("Russia");
    expect(countryOf("Pentagon press secretary Halvik Morn said the visit would go ahead.", "Halvik Morn")).toBe("United States");
  });

  it("gives no state to a body several states name alike", () => {
    expect(countryOfBody("Speaker of the Senate")).toBeUndefined();
    expect(countryOfBody("chairman of the Majlis foreign affairs committee")).toBeUndefined();
    expect(countryOfBody("Speaker of the Verkhovna Rada")).toBe("Ukraine");
  });

  it("reads an acronym only as written: 'mea' in lower case names no ministry", () => {
    expect(countryOfBody("a mea culpa from the minister")).toBeUndefined();
    expect(countryOfBody("Spokesperson of MEA")).toBe("India");
  });
});

// The union of states an official serves stands as their side: "President of the European Commission X" (heldout71
// x707, devH), "the EU's foreign policy chief, Y" (heldout62, heldout64), "Under-Secretary-General of the United Nations Z"
// (heldout36 x320, heldout63 x649). Not one posted to a union, nor those listed or met beside its official.
describe("the union of states an official serves", () => {
  it("gives an official of a union's body the union", () => {
    const text = "President of the European Commission Ana Rell met Peruvian Foreign Minister Varan Telu in Lima on Monday.\n\nThe talks covered trade.";
    expect(countryOf(text, "Ana Rell")).toBe("European Union");
    expect(countryOf(text, "Varan Telu")).toBe("Peru");
    expect(countryOf("Osk Tarima, Under-Secretary-General of the United Nations, held talks with Varan Telu on Monday.", "Osk Tarima")).toBe("United Nations");
  });

  it("gives no union to one posted to it", () => {
    expect(countryOf("Ambassador to the EU Pim Dola held talks with Varan Telu on Monday.", "Pim Dola")).not.toBe("European Union");
  });

  it("gives the union to no one listed beside its official", () => {
    const text = "The forum, organised with the African Union, listed President Kesto Dane and African Union chairman Osk Tarima among its speakers.\n\nThe forum ran for two days.";
    expect(countryOf(text, "Osk Tarima")).toBe("African Union");
    expect(countryOf(text, "Kesto Dane")).toBeUndefined();
  });
});
