import { describe, expect, it } from "vitest";
import { articleIndex, meetingKey } from "./helpers";

/** Made up: the subjects of a meeting told in the sentences after it, which name no one. */
const TOLD_AFTER = `Varan welcomes Kestas

Veldian Foreign Minister Telu Varan received her Orvanian counterpart Piet Kestas in Tarsk on Monday. Their working meeting focused on river transport and the border crossings. Fisheries and customs were also on the agenda.

Later Varan met Orvanian Trade Minister Ansel Lind. The talks also covered grain exports.
`;

describe("a meeting's subjects told in a sentence after it", () => {
  const index = articleIndex(TOLD_AFTER, "2024-05-07");
  const topicsOf = (key: string) => index.meetings.find((m) => meetingKey(index, m) === key)?.topics ?? [];

  it("returns the topics of a sentence referring back to the talks ('Their working meeting focused on …', 'The talks also covered …')", () => {
    expect(topicsOf("Piet Kestas + Telu Varan")).toEqual(expect.arrayContaining(["river transport", "border crossings"]));
    expect(topicsOf("Ansel Lind + Telu Varan")).toEqual(["grain exports"]);
  });

  it("returns what a sentence naming no one puts on the agenda as the latest meeting's", () => {
    expect(topicsOf("Piet Kestas + Telu Varan")).toEqual(expect.arrayContaining(["Fisheries", "customs"]));
  });

  it("never gives one meeting's subjects to another", () => {
    expect(topicsOf("Ansel Lind + Telu Varan")).not.toContain("customs");
    expect(topicsOf("Piet Kestas + Telu Varan")).not.toContain("grain exports");
  });
});

/** Made up: a round of meetings, each told after the lead, a spokesman reporting what the two discussed. */
const ROUND = `Varan holds a round of meetings

TARSK, May 6 (Wire) - Veldian Foreign Minister Telu Varan held separate meetings with the foreign ministers of Orvania, Keldia and Norway on Monday.

Varan first held talks with Orvanian Foreign Minister Piet Kestas. The two ministers looked at river transport and fisheries, according to ministry spokesman Osk Venn.

Varan then held talks with Keldian Foreign Minister Ansel Lind. Venn said the two covered grain exports and rail links.
`;

describe("a meeting's subjects a source reports, after its own sentence", () => {
  // read24 t105 ("… according to spokesperson Raveesh Kumar", "Kumar said the two covered …"), read23 s110
  const index = articleIndex(ROUND, "2024-05-07");
  const topicsOf = (key: string) => index.meetings.find((m) => meetingKey(index, m) === key)?.topics ?? [];

  it("returns the topics of the meeting the sentence before names, the source being none of its sides", () => {
    expect(topicsOf("Piet Kestas + Telu Varan")).toEqual(expect.arrayContaining(["river transport", "fisheries"]));
    expect(topicsOf("Ansel Lind + Telu Varan")).toEqual(expect.arrayContaining(["grain exports", "rail links"]));
    expect(index.meetings.some((m) => meetingKey(index, m).includes("Osk Venn"))).toBe(false);
  });
});
