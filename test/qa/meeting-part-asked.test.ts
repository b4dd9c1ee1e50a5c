import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { meetingPartAsked, ownedThingAsked } from "../../src/qa/asked-thing";
import { intentModel } from "./helpers";

/** Made up: a meeting whose article gives its month only, names no event. */
const TALKS = ` date 2023-07-14
Orvane and Varan discuss river trade in Tarsk

Veldian Foreign Minister Halvik Orvane met Orvanian Foreign Minister Kestas Varan in Tarsk in July 2023.
The two ministers discussed river trade and visas.
`;

const knowledge = loadKnowledge(extractIndex([{ file: "seeds/981_talks.txt", text: TALKS }]), intentModel());

describe("a question asking one thing of a meeting is not answered by a list of meetings", () => {
  it("declines 'on the sidelines of which event' when the articles name none, saying so before the meeting they report", () => {
    const a = answer("on the sidelines of which event did orvane and varan meet", knowledge);
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("meeting fits");
    // (saying what is not given, then the meeting the articles do report)
    expect(a.text).toContain("don't say which event");
    expect(a.text).toContain("Varan");
  });

  it("declines 'what kind of meeting' when no sentence gives a kind", () => {
    const a = answer("what kind of meeting did orvane and varan hold", knowledge);
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("meeting fits");
  });

  it("asks 'on which day' of the date, which a month alone does not answer", () => {
    const a = answer("on exactly which day in july did orvane and varan meet", knowledge);
    expect(a.found).toBe(false);
    expect(a.text).not.toContain("meeting fits");
  });

  it("still lists the meetings for 'who did A meet', leaves 'which ministers' to the list, and sends 'in which city' to the place", () => {
    expect(meetingPartAsked("which ministers did Orvane meet")).toBeUndefined();
    expect(meetingPartAsked("in which city did Orvane meet Varan")).toBe("where");
    const a = answer("who did orvane meet", knowledge);
    expect(a.found).toBe(true);
    expect(a.text).toContain("Varan");
  });
});

describe("a thing someone or something owns, asked with 'what is X's …'", () => {
  it("reads 'what is Veldia's priority according to A' as a thing asked, not who A is (heldout97 x913)", () => {
    expect(ownedThingAsked("what is veldia's priority according to orvane")).toBe(true);
    expect(ownedThingAsked("what is orvane's main goal")).toBe(true);
    for (const q of ["what is orvane's position", "what is varan's job", "what is orvane's official title", "what is veldia's foreign minister called"]) expect(ownedThingAsked(q), q).toBe(false);
  });

  it("does not answer it with the person's office", () => {
    const cairo = ` date 2024-11-03
Egyptian President Halvik Orvane received today Ms. Kestas Varan, Managing Director of the International Monetary Fund (IMF), in Cairo.

The President affirmed that the State's priority is to fight inflation and rising prices, while continuing to attract investment. His Excellency expressed Egypt's wish to pursue cooperation with the Fund.
`;
    const k = loadKnowledge(extractIndex([{ file: "seeds/982_cairo.txt", text: cairo }]), intentModel());
    const a = answer("what is egypt's priority according to orvane", k);
    expect(a.text).not.toMatch(/^Halvik Orvane \(/);
  });
});
