/** @module Tests of a contact after a journey made ("went to see Y", "went to the ministry for talks with Y"): held on the story's day, not planned; "is going to see Y" stays planned. */
import { describe, expect, it } from "vitest";
import { meetingsOf } from "./helpers";

const find = (text: string, who: string) => {
  const m = meetingsOf(text).find((x) => x.names.includes(who));
  return m && { ...m, status: m.status ?? "held" };
};
const story = (then: string) =>
  ` date 2021-03-12\nTARSK, March 12 (Wire) – Veldian Foreign Minister Anton Varan held talks with his Orvanian counterpart, Lena Telu, in Tarsk on Thursday.\n\n${then}\n`;

describe("a contact after 'went to'", () => {
  it("returns a held meeting of the story's day for 'He then went to see Y'", () => {
    expect(find(story("He then went to see Prime Minister Oren Maro."), "Maro")).toMatchObject({ status: "held", date: { year: 2021, month: 3, day: 11 } });
  });

  it("returns a held meeting for 'went to the ministry for talks with Y' and 'went to the palace to call on Y'", () => {
    expect(find(story("From there he went to the Government Office for talks with Deputy Prime Minister Oren Maro."), "Maro")?.status).toBe("held");
    expect(find(story("He then went to the presidential residence to call on President Oren Maro."), "Maro")?.status).toBe("held");
  });

  it("returns a planned meeting for 'is going to see Y'", () => {
    expect(find(story("Next week he is going to see Prime Minister Oren Maro."), "Maro")?.status).toBe("planned");
  });
});

describe("a meeting after an arrival told in a sentence before it", () => {
  it("places talks of 'the two ministers' in the city one of them landed in since the meeting before (read35 x297)", () => {
    const text =
      " date 2024-05-06\nVeldian Foreign Minister Ana Varan met President Jon Kalder in Colombo on Saturday, May 4.\n\n" +
      "On Sunday, May 5, Varan landed in Kathmandu, invited by Piet Telu, Nepal's Deputy Prime Minister and Minister for Foreign Affairs. " +
      "She had not been to the country before. The two ministers held talks at the ministry.";
    expect(find(text, "Telu")?.place).toBe("Kathmandu");
  });
});
