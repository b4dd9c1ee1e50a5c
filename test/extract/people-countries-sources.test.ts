import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { personNamed } from "./helpers";

// Made-up people in real countries, in the shapes of the agency copy and communiqués the constructions come from.
const indexOfText = (text: string) => extractIndex([{ file: "t/x.txt", text: ` date 2024-05-01\n${text}` }]);

describe("a side a report cites", () => {
  it("gives no country to the one named after 'According to the Veldian side,'", () => {
    // shapes of a state-visit report and a ministry readout: "According to the <demonym> side, <name> described …"
    const index = indexOfText("According to the Vietnamese side, President Kestas Morvel described the talks as a milestone for the partnership.");
    expect(personNamed(index, "Kestas Morvel")?.country).not.toBe("Vietnam");
  });
});

describe("a demonym before a thing", () => {
  it("reads no party in 'Qatari investment': a minister's leader keeps no country of the thing discussed", () => {
    // shapes of a presidency's release and a wire report: "openings for <demonym> investment in <country>"
    const index = indexOfText(
      "Halvik Toren, Rwanda's Minister for Infrastructure, who is part of President Varan Kelo's delegation, said the talks had concentrated on openings for Qatari investment in Rwanda.",
    );
    expect(personNamed(index, "Varan Kelo")?.country).not.toBe("Qatar");
  });

  it("still reads a party in 'the Qatari trade minister'", () => {
    const index = indexOfText("Orvel Tansu, the Qatari trade minister, met Minister Halvik Toren of Rwanda.");
    expect(personNamed(index, "Orvel Tansu")?.country).toBe("Qatar");
  });
});
