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
