import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

// Made-up people in real countries: a report filed from the host's capital names its guests with bare titles too.
const indexOfText = (text: string) => extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]);
const countryOf = (text: string, name: string) => personNamed(indexOfText(text), name)?.country;

const LEAD = "LISBON, May 1 (Wire) - Portugal and Chile agreed to deepen trade ties on Tuesday.\n\n";

describe("the guest a host receives", () => {
  it("gives no dateline country to one the text says 'was received by' someone", () => {
    const text = `${LEAD}Two years ago Foreign Minister Varan Telu was received by President Kestas Orvel, and the two spoke of Chile's mines.`;
    expect(countryOf(text, "Varan Telu")).not.toBe("Portugal");
  });

  it("gives no dateline country to 'he' received during a stay", () => {
    const text = `${LEAD}Last year Deputy Minister Varan Telu spent three days in Portugal, during which he was received by Prime Minister Kestas Orvel.`;
    expect(countryOf(text, "Varan Telu")).not.toBe("Portugal");
  });

  it("still gives the dateline country to the one who receives", () => {
    const text = `${LEAD}Prime Minister Kestas Orvel received Foreign Minister Varan Telu of Chile at the palace.`;
    expect(countryOf(text, "Kestas Orvel")).toBe("Portugal");
  });
});

describe("the one a visit is by or of", () => {
  it("gives no dateline country to the one 'a visit by' is by", () => {
    const text = `${LEAD}The talks produced the first firm talk of a visit by Prime Minister Varan Telu next year.`;
    expect(countryOf(text, "Varan Telu")).not.toBe("Portugal");
  });

  it("gives no dateline country to the one whose 'visit of … to' its city the text recalls", () => {
    const text = `${LEAD}Both sides pointed to the visit of Prime Minister Varan Telu to Lisbon in April 2019.`;
    expect(countryOf(text, "Varan Telu")).not.toBe("Portugal");
  });
});

// exchange67 x1136 ("the lunch that King X hosted at the Royal Palace in Madrid on Tuesday for President Y and First Lady Z"),
// exchange68 x1146, x1147 ("the dinner that Prime Minister X hosted in Tokyo on Thursday for President Y and first lady Z")
describe("the guests a meal is given for", () => {
  it("gives no dateline country to those a host's dinner was for, the whole list after 'for'", () => {
    const text = `${LEAD}The dinner that Prime Minister Kestas Orvel hosted in Lisbon on Thursday for President Varan Telu and first lady Mira Dane went on late.`;
    expect(countryOf(text, "Varan Telu")).not.toBe("Portugal");
    expect(countryOf(text, "Mira Dane")).not.toBe("Portugal");
    expect(countryOf(text, "Kestas Orvel")).toBe("Portugal");
  });
});
