import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

// Made-up people: the state written right after a titled name, in its long form or by a body of it, is the person's.
const read = (text: string, name: string) => personNamed(extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]), name);

describe("the country written right after a titled name", () => {
  it("gives 'Ambassador A of the Republic of <state>' that state (check12 l207, an Azerbaijani agency)", () => {
    const p = read("President Varan Telu received the credentials of three envoys on Monday.\n\nAmbassador Orvel Kestas of the Republic of Chile then handed over his credentials.", "Orvel Kestas");
    expect(p?.country).toBe("Chile");
    expect(p?.offices.find((o) => o.title === "Ambassador")?.country).toBe("Chile");
  });

  it("gives 'Foreign Minister A of the <demonym> … Republic' the state (a South Korean ministry's release on a Lao minister)", () => {
    const text = "Minister of Foreign Affairs Varan Telu held a bilateral meeting with Foreign Minister Halvik Morn of the Lao People's Democratic Republic (PDR) on July 31.\n\nThey discussed trade.";
    expect(read(text, "Halvik Morn")?.country).toBe("Laos");
  });

  it("gives one 'of the <demonym> foreign ministry' the ministry's state", () => {
    expect(read("Varan Telu met Deputy Minister Halvik Morn of the Lao foreign ministry in Hanoi on Monday.\n\nThey discussed trade.", "Halvik Morn")?.country).toBe("Laos");
  });

  it("gives no state from a demonym that only begins another body's name", () => {
    expect(read("Varan Telu met Secretary-General Halvik Morn of the Indian Ocean Rim Association in Paris on Monday.\n\nThey discussed trade.", "Halvik Morn")?.country).not.toBe("India");
  });
});
