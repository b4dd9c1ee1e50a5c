import { describe, expect, it } from "vitest";
import { answer } from "../../src/qa/answer";
import { renderHtml, renderPlain } from "../../src/qa/render";
import type { Source } from "../../src/qa/types";
import { fixtureKnowledge } from "./helpers";

const k = fixtureKnowledge();

describe("the sources block", () => {
  const sources: Source[] = [{ article: "x", title: "Talks <in> Lima", publisher: "Daily News", published: "2021-06-14", url: "https://news.test/x" }];

  it("returns a plain source line: title, publisher and date, no 'published'", () => {
    expect(renderPlain([{ kind: "para", content: ["A met B."] }, { kind: "sources", sources }])).toBe("A met B.\n\nSource: Talks <in> Lima (Daily News, 14 June 2021)");
  });

  it("returns an italic label and a linked, escaped title in HTML", () => {
    expect(renderHtml([{ kind: "sources", sources }])).toBe('<i>Source:</i> <a href="https://news.test/x">Talks &lt;in&gt; Lima</a> (Daily News, 14 June 2021)');
    expect(renderHtml([{ kind: "sources", sources: [{ article: "y", title: "T", url: "javascript:alert(1)" }] }])).toBe("<i>Source:</i> T");
  });

  it("returns answers that end with a sources block, and text that still cites them", () => {
    const a = answer("who did tleuberdi meet", k);
    expect(a.body.at(-1)).toEqual({ kind: "sources", sources: a.sources });
    expect(a.body.some((b) => b.kind === "para" && b.content.some((c) => typeof c === "string" && c.startsWith("Source")))).toBe(false);
    expect(a.text).toMatch(/\n\nSources: Cuba and Kazakhstan highlight relations of friendship and cooperation \(Radio Habana Cuba\); /);
  });
});
