import { describe, expect, it } from "vitest";
import { extractIndex } from "../../src/extract/index";
import { answer } from "../../src/qa/answer";
import { loadKnowledge } from "../../src/qa/knowledge";
import { intentModel } from "./helpers";

/** Made up: an envoy's farewell call, paid in person, told with a dateline that has no year, and a post that says "today". */
const FAREWELL = `Minister thanks departing envoy

Tarsk, Mar 12 (Agency) Orvanian Foreign Minister Piet Kestas on Wednesday received the departing Veldian Ambassador, Telu Varan, who paid him a farewell call before leaving his post.

"Glad to see Ambassador Varan for a farewell call today," Kestas wrote afterwards.
`;

/** Made up: a post that says "today" in an article with no day at all. */
const UNDATED = `Minister thanks envoy

Orvanian Foreign Minister Piet Kestas met the Veldian Ambassador, Telu Varan, who leaves his post soon.

"Glad to welcome Ambassador Varan to the ministry today," Kestas wrote afterwards.
`;

const ask = (text: string, q: string) => answer(q, loadKnowledge(extractIndex([{ file: "seeds/996_farewell.txt", text }]), intentModel()));

describe("a farewell or courtesy call is paid in person, and 'today' is the story's day", () => {
  it("answers when the farewell call was with its day, not with a phone call nor the word 'today'", () => {
    const a = ask(FAREWELL, "when did varan make his farewell call");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/12 March/);
  });

  it("gives no 'today' as a date when the article tells no day to count it from", () => {
    const a = ask(UNDATED, "when did kestas welcome varan to the ministry");
    expect(a.text).not.toMatch(/^\W*today\b/i);
  });

  // "Rubio rang La Moneda that day and asked …" (read18 r505), "The first round … was held in Dhaka that same month." (read21 r802)
  it("gives no time that points back ('that day', 'that same month') as a date", () => {
    const text = `Minister's call missed\n\nThe Veldian Foreign Minister, Telu Varan, had announced new measures. Varan rang the Orvanian presidency that day and asked to speak to the president.\n`;
    const a = ask(text, "when did varan ring the orvanian presidency");
    expect(a.text).not.toMatch(/^\W*that day\b/i);
    // "… and Jaishankar called on him later the same day" (heldout95 x899): the span read without its "the"
    const same = `Minister's call\n\nThe Veldian Foreign Minister, Telu Varan, had announced new measures. Varan rang the Orvanian presidency later the same day and asked to speak to the president.\n`;
    expect(ask(same, "when did varan ring the orvanian presidency").text).not.toMatch(/^\W*(?:the )?same day\b/i);
  });

  // "Karin Johansson … today presented her letters of credence to the President …" on a page with no date (read23 s104)
  it("gives no 'today' of a story with no day as a meeting's date", () => {
    const text = `New envoy presents credentials\n\nLena Telu, the new Ambassador of Veldia to Orvania, today presented her letters of credence to the President of Orvania, Piet Kestas, at the palace in Tarsk.\n`;
    const a = ask(text, "when did lena telu present her letters of credence");
    expect(a.text).not.toMatch(/\btoday\b/);
  });
});
