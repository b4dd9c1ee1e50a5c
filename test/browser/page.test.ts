/**
 * @module The chat page's HTML as the Worker serves it (no browser needed): the chips, the form,
 * the phone viewport, escaping, and a Content-Security-Policy that lets only the page's own
 * inline style and script run.
 */
import { describe, expect, it } from "vitest";
import { CHAT_SCRIPT } from "../../src/http/page/client";
import { createChatPage } from "../../src/http/page/index";

const EXAMPLES = ["Who met whom?", "Who is <script>alert(1)</script> & co?"];

async function fetchPage(examples: readonly string[] = EXAMPLES) {
  const response = await createChatPage({ engine: { examples: () => examples } }).request("/");
  return { response, html: await response.text() };
}

describe("createChatPage", () => {
  it("returns an HTML page with a phone viewport, a live log, a labelled box and a send button", async () => {
    const { response, html } = await fetchPage();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1');
    expect(html).toMatch(/<ol id="messages"[^>]*aria-live="polite"/);
    expect(html).toContain('<label for="question">Your question</label>');
    expect(html).toMatch(/<button id="send" class="send" type="submit">/);
    expect(html).toContain('data-endpoint="/api/ask"');
  });

  it("offers the engine's example questions as chips, escaped", async () => {
    const { html } = await fetchPage();
    expect(html).toContain('data-question="Who met whom?"');
    expect(html).toContain("Who is &lt;script&gt;alert(1)&lt;/script&gt; &amp; co?");
    expect(html).not.toContain("<script>alert(1)");
  });

  it("shows at most six chips, and none when there are no examples", async () => {
    const many = Array.from({ length: 10 }, (_, i) => `Question ${i}?`);
    expect((await fetchPage(many)).html.match(/class="chip"/g)).toHaveLength(6);
    expect((await fetchPage([])).html).not.toContain('class="chip"');
  });

  it("allows only its own nonce'd style and script, and loads nothing from elsewhere", async () => {
    const { response, html } = await fetchPage();
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = /script-src 'nonce-([\w]+)'/.exec(csp)?.[1];
    expect(nonce).toMatch(/^\w{16,}$/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    const again = (await fetchPage()).response.headers.get("content-security-policy");
    expect(again).not.toBe(csp);
  });

  it("ships a script that parses and never writes HTML from strings", () => {
    expect(() => new Function(CHAT_SCRIPT)).not.toThrow();
    expect(CHAT_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect(CHAT_SCRIPT).not.toContain("</script");
  });
});
