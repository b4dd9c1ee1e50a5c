import { describe, expect, it } from "vitest";
import { askData, formatAnswer, questionKeyboard, questionOfData } from "../../src/bot/reply";
import type { Answer, Block } from "../../src/qa/index";

const answerWith = (body: Block[], sources: Answer["sources"] = []): Answer => ({
  found: true,
  intent: "who_met",
  confidence: 1,
  body,
  text: "",
  sources,
  suggestions: [],
  focus: { people: [], meetings: [], countries: [], articles: [] },
});

describe("formatAnswer", () => {
  it("returns the body as escaped Telegram HTML with a source line", () => {
    const html = formatAnswer(answerWith([{ kind: "para", content: [{ bold: "A<B" }, " & co"] }], [{ article: "a", title: "T<1>" }]));
    expect(html).toBe("<b>A&lt;B</b> &amp; co\n\n<i>Source:</i> T&lt;1&gt;");
  });

  it("returns a sources block as the closing line, once, whatever its place in the body", () => {
    const sources = [{ article: "a", title: "Talks <in> Lima", publisher: "Daily", published: "2021-06-14", url: "https://news.test/a" }];
    const html = formatAnswer(answerWith([{ kind: "sources", sources }, { kind: "para", content: ["A met B."] }], sources));
    expect(html).toBe('A met B.\n\n<i>Source:</i> <a href="https://news.test/a">Talks &lt;in&gt; Lima</a> (Daily, 14 June 2021)');
  });

  it("returns at most the limit for one huge paragraph, cut on a character, not inside an entity or emoji", () => {
    const html = formatAnswer(answerWith([{ kind: "para", content: ["🇨🇺&".repeat(2000)] }]), 500);
    expect(html.length).toBeLessThanOrEqual(500);
    expect(html).toMatch(/shortened/);
    expect(html).not.toMatch(/&(?!amp;)/);
    expect(html.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "")).not.toMatch(/[\uD800-\uDFFF]/);
  });
});

describe("askData and questionOfData", () => {
  it("returns an index for an example and the text for a short other question, both within 64 bytes", () => {
    const examples = ["Who met whom?"];
    expect(askData("Who met whom?", examples)).toBe("ask:0");
    expect(askData("Where?", examples)).toBe("ask:Where?");
    expect(askData("é".repeat(40), examples)).toBeUndefined();
    expect(questionOfData("ask:0", examples)).toBe("Who met whom?");
    expect(questionOfData("ask:Where?", examples)).toBe("Where?");
    expect(questionOfData("ask:7", examples)).toBeUndefined();
    expect(questionOfData("other", examples)).toBeUndefined();
  });

  it("returns no keyboard when no question fits a button", () => {
    expect(questionKeyboard(["é".repeat(40)], [])).toBeUndefined();
  });
});
