/**
 * @module The chat page at `GET /`, in Debian's Chromium against the real `wrangler dev`: a user
 * asks three questions (one a follow-up that needs the conversation), by keyboard and by chip, and
 * sees the answers with their sources. Writes docs/chat.png. Skips when Chromium is absent.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissing, launchChromium, type Browser } from "./support/chromium";
import { startDevServer, type DevServer } from "../support/dev-server";

const SCREENSHOT = fileURLToPath(new URL("../../docs/chat.png", import.meta.url));
/** The desktop window the page is tried in (the screenshot grows it to fit the conversation). */
const VIEWPORT = { width: 880, height: 900 };
/** How long one answer may take to appear (the first one loads the model and the index). */
const ANSWER_WAIT_MS = 30_000;

if (chromiumMissing) console.warn(`Skipping the browser tests. ${chromiumMissing}`);
const suite = chromiumMissing ? describe.skip : describe;

/** The bot's answers in the log (the welcome message is the first). */
function answers(page: Page): Locator {
  return page.locator("#messages > li.msg-bot:not(.typing)");
}

/** The question box, found as a screen reader finds it: by its label. */
function questionBox(page: Page): Locator {
  return page.getByRole("textbox", { name: "Your question" });
}

/** Waits for the answer after `before` answers and returns it. */
async function nextAnswer(page: Page, before: number): Promise<Locator> {
  const answer = answers(page).nth(before);
  await answer.waitFor({ timeout: ANSWER_WAIT_MS });
  return answer;
}

/** Types a question into the box and presses Enter, as a user would; returns the answer. */
async function ask(page: Page, question: string): Promise<Locator> {
  const before = await answers(page).count();
  const box = questionBox(page);
  await box.fill(question);
  await box.press("Enter");
  return nextAnswer(page, before);
}

/** The text of the sources under an answer. */
async function sourcesOf(answer: Locator): Promise<string> {
  const sources = answer.locator(".sources li");
  expect(await sources.count(), "the answer lists its sources").toBeGreaterThan(0);
  return (await sources.allTextContents()).join(" | ");
}

suite(chromiumMissing ? `the chat page (skipped: ${chromiumMissing})` : "the chat page in Chromium", () => {
  let server: DevServer;
  let browser: Browser;
  let page: Page;
  const asked: URL[] = [];

  beforeAll(async () => {
    server = await startDevServer();
    browser = await launchChromium(VIEWPORT);
    page = await browser.context.newPage();
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname === "/api/ask") asked.push(url);
    });
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  }, 60_000);

  it("serves a page with a live message log, example chips and a focused question box", async () => {
    const response = await page.goto(server.url);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toContain("Attaché");
    expect(await page.getByRole("log", { name: "Conversation" }).getAttribute("aria-live")).toBe("polite");
    expect(await page.getByRole("group", { name: "Example questions" }).getByRole("button").count()).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: "Ask", exact: true }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("question");
  });

  it("answers a typed question with the people and the article it comes from", async () => {
    const answer = await ask(page, "Who did Musayev meet?");
    expect(await answer.locator(".bubble").textContent()).toMatch(/Portal Miranda/);
    expect(await sourcesOf(answer)).toMatch(/\S/);
    expect(await page.evaluate(() => document.activeElement?.id), "focus stays in the box").toBe("question");
  });

  it("answers the follow-up “when?” from the conversation's context", async () => {
    const answer = await ask(page, "when?");
    expect(await answer.locator(".bubble").textContent()).toMatch(/2023/);
    expect(await sourcesOf(answer)).toMatch(/\S/);
    const stored = await page.evaluate(() => sessionStorage.getItem("attache.conversation"));
    expect(stored).toMatch(/^[\w-]{16,}$/);
    expect(asked.map((url) => url.searchParams.get("conversation"))).toEqual([stored, stored]);
  });

  it("answers a third question with its sources and writes the screenshot", async () => {
    const answer = await ask(page, "Where did Diaz-Canel meet Li Keqiang?");
    expect(await answer.locator(".bubble").textContent()).toMatch(/Beijing/);
    expect(await sourcesOf(answer)).toMatch(/\S/);
    expect(await page.locator("#messages > li.msg-user .bubble").allTextContents()).toEqual([
      "Who did Musayev meet?",
      "when?",
      "Where did Diaz-Canel meet Li Keqiang?",
    ]);
    // Tall enough for the whole conversation, so that the picture shows all three answers.
    const hidden = await page.locator("#messages").evaluate((log) => log.scrollHeight - log.clientHeight);
    await page.setViewportSize({ width: VIEWPORT.width, height: Math.min(VIEWPORT.height + hidden, 2400) });
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, animations: "disabled" });
  });

  it("shows what a user types as text, never as markup", async () => {
    const typed = `<img src=x onerror="document.title='pwned'"> <b>bold?</b>`;
    await ask(page, typed);
    const mine = page.locator("#messages > li.msg-user").last();
    expect(await mine.locator(".bubble").textContent()).toBe(typed);
    expect(await page.locator("#messages img, #messages b").count()).toBe(0);
    expect(await page.title()).toContain("Attaché");
  });

  it("says so when the server fails, cannot be reached or sends a garbled answer", async () => {
    const isAsk = (url: URL) => url.pathname === "/api/ask";
    await page.route(isAsk, (route) =>
      route.fulfill({ status: 500, contentType: "application/json", body: '{"error":"internal error"}' }),
    );
    const failed = await ask(page, "Who met whom?");
    expect(await failed.textContent()).toContain("Sorry, that did not work: internal error");
    await page.unroute(isAsk);
    await page.route(isAsk, (route) => route.abort());
    const unreachable = await ask(page, "Who met whom?");
    expect(await unreachable.textContent()).toContain("I could not reach the server");
    await page.unroute(isAsk);
    await page.route(isAsk, (route) => route.fulfill({ contentType: "application/json", body: '{"sources":[null]}' }));
    const garbled = await ask(page, "Who met whom?");
    expect(await garbled.textContent()).toContain("I could not show that answer");
    await page.unroute(isAsk);
  });

  it("asks an example question chosen with the keyboard", async () => {
    const chips = page.getByRole("group", { name: "Example questions" }).getByRole("button");
    const last = (await chips.last().textContent()) ?? "";
    const before = await answers(page).count();
    await questionBox(page).focus();
    await page.keyboard.press("Shift+Tab");
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      const style = active ? getComputedStyle(active) : undefined;
      return { text: active?.textContent, ring: `${style?.outlineStyle} ${style?.outlineWidth}` };
    });
    expect(focused.text).toBe(last);
    expect(focused.ring, "a visible focus ring").toBe("solid 3px");
    await page.keyboard.press("Enter");
    await nextAnswer(page, before);
    expect(await page.locator("#messages > li.msg-user .bubble").last().textContent()).toBe(last);
  });

  it("starts a new conversation with a new id and an empty log", async () => {
    const old = await page.evaluate(() => sessionStorage.getItem("attache.conversation"));
    await page.getByRole("button", { name: "New chat" }).click();
    expect(await page.locator("#messages > li").count()).toBe(1);
    const fresh = await page.evaluate(() => sessionStorage.getItem("attache.conversation"));
    expect(fresh).toMatch(/^[\w-]{16,}$/);
    expect(fresh).not.toBe(old);
  });

  it("fits a phone screen without sideways scrolling", async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    await phone.goto(server.url);
    for (const question of ["Who did Musayev meet?", "when?", "Where did Diaz-Canel meet Li Keqiang?"]) {
      await ask(phone, question);
    }
    const layout = await phone.evaluate(() => ({
      sideways: document.documentElement.scrollWidth - window.innerWidth,
      pageScrolled: document.scrollingElement?.scrollTop ?? 0,
      headerTop: document.querySelector("header")?.getBoundingClientRect().top,
      composerBottom: document.querySelector("footer")?.getBoundingClientRect().bottom,
      height: window.innerHeight,
    }));
    expect(layout.sideways, "no sideways scrolling").toBeLessThanOrEqual(0);
    expect(layout.pageScrolled, "only the message list scrolls").toBe(0);
    expect(layout.headerTop, "the header stays on screen").toBe(0);
    expect(layout.composerBottom, "the question box stays on screen").toBeLessThanOrEqual(layout.height);
    expect(await questionBox(phone).isVisible()).toBe(true);
    await phone.close();
  });
});
