/** @module The chat page's stylesheet: system fonts, light and dark, phone first, visible focus. */

/**
 * The page's CSS, inlined in a `<style>` element (no external fonts or files).
 * @example <style nonce={nonce}>{raw(CHAT_CSS)}</style>
 */
export const CHAT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #f4f5f7; --panel: #ffffff; --ink: #1c2430; --muted: #5b6675; --line: #d9dee5;
  --accent: #1f5fbf; --accent-ink: #ffffff; --user: #1f5fbf; --user-ink: #ffffff;
  --bot: #ffffff; --quote: #eef2f8; --warn: #8a4b00; --warn-bg: #fff4e0; --focus: #f5a300;
  --radius: 14px; --shadow: 0 1px 2px rgb(16 24 40 / 0.08);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #12161c; --panel: #1a2029; --ink: #e6eaf0; --muted: #9aa5b4; --line: #2c3440;
    --accent: #6ea8ff; --accent-ink: #0b1220; --user: #2f6fd1; --user-ink: #ffffff;
    --bot: #1e2530; --quote: #242c38; --warn: #ffc46b; --warn-bg: #3a2a12; --focus: #ffc233;
    --shadow: none;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html, body { height: 100%; overflow: hidden; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  -webkit-text-size-adjust: 100%;
}
.app {
  display: flex; flex-direction: column; height: 100vh; height: 100dvh;
  max-width: 48rem; margin: 0 auto; background: var(--bg);
}
.top {
  display: flex; align-items: center; gap: 0.75rem; padding: 0.75rem 1rem;
  border-bottom: 1px solid var(--line); background: var(--panel);
}
.top h1 { margin: 0; font-size: 1.15rem; line-height: 1.2; }
.top p { margin: 0; color: var(--muted); font-size: 0.85rem; line-height: 1.3; }
.top .brand { flex: 1; min-width: 0; }
.logo {
  flex: none; display: grid; place-items: center; width: 2.25rem; height: 2.25rem;
  border-radius: 50%; background: var(--accent); color: var(--accent-ink); font-weight: 700;
}
button { font: inherit; color: inherit; cursor: pointer; }
.ghost {
  flex: none; border: 1px solid var(--line); background: transparent; border-radius: 999px;
  padding: 0.35rem 0.8rem; font-size: 0.85rem; min-height: 2.25rem;
}
.ghost:hover { background: var(--bg); }
.log {
  flex: 1; min-height: 0; overflow-y: auto; list-style: none; margin: 0; padding: 1rem;
  display: flex; flex-direction: column; gap: 0.75rem; overscroll-behavior: contain;
}
.msg { position: relative; max-width: 88%; display: flex; flex-direction: column; gap: 0.35rem; }
.msg .who {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
.bubble {
  padding: 0.6rem 0.85rem; border-radius: var(--radius); box-shadow: var(--shadow);
  overflow-wrap: anywhere;
}
.msg-user { align-self: flex-end; }
.msg-user .bubble { background: var(--user); color: var(--user-ink); border-bottom-right-radius: 4px; }
.msg-bot { align-self: flex-start; }
.msg-bot .bubble { background: var(--bot); border: 1px solid var(--line); border-bottom-left-radius: 4px; }
.bubble p { margin: 0; }
.bubble p + p, .bubble p + ul, .bubble ul + p, .bubble blockquote + p, .bubble p + blockquote { margin-top: 0.5rem; }
.bubble ul { margin: 0.25rem 0 0; padding-left: 1.2rem; list-style: disc; }
.bubble li + li { margin-top: 0.2rem; }
.bubble blockquote {
  margin: 0.5rem 0 0; padding: 0.4rem 0.7rem; border-left: 3px solid var(--accent);
  background: var(--quote); border-radius: 0 8px 8px 0; font-style: italic;
}
.bubble a { color: var(--accent); text-underline-offset: 2px; }
.msg-bot.not-found .bubble { border-color: var(--warn); }
.badge {
  display: inline-block; font-size: 0.75rem; font-weight: 600; color: var(--warn);
  background: var(--warn-bg); border-radius: 999px; padding: 0.05rem 0.55rem; margin-bottom: 0.35rem;
}
.sources {
  margin-top: 0.6rem; padding-top: 0.5rem; border-top: 1px solid var(--line); font-size: 0.85rem;
}
.sources h2 {
  margin: 0 0 0.2rem; font-size: 0.75rem; font-weight: 600; letter-spacing: 0.04em;
  text-transform: uppercase; color: var(--muted);
}
.sources ol { margin: 0; padding-left: 1.2rem; }
.sources ol.single { list-style: none; padding-left: 0; }
.sources li + li { margin-top: 0.15rem; }
.sources .meta { color: var(--muted); }
.chips { display: flex; flex-wrap: wrap; gap: 0.4rem; }
.chip {
  border: 1px solid var(--accent); color: var(--accent); background: var(--panel);
  border-radius: 999px; padding: 0.3rem 0.75rem; font-size: 0.875rem; line-height: 1.3;
  min-height: 2.25rem; text-align: left;
}
.chip:hover { background: var(--quote); }
.typing .bubble { color: var(--muted); }
.dots::after { content: "…"; }
@media (prefers-reduced-motion: no-preference) {
  .dots::after { animation: dots 1.2s steps(4, end) infinite; content: ""; }
  @keyframes dots { 0% { content: ""; } 25% { content: "."; } 50% { content: ".."; } 75% { content: "..."; } }
}
.composer {
  border-top: 1px solid var(--line); background: var(--panel);
  padding: 0.6rem 1rem calc(0.75rem + env(safe-area-inset-bottom));
  display: flex; flex-direction: column; gap: 0.6rem;
}
@media (max-width: 39.99rem) {
  .composer .chips { flex-wrap: nowrap; overflow-x: auto; padding: 2px; scrollbar-width: none; }
  .composer .chip { flex: none; }
}
.ask { position: relative; display: flex; gap: 0.5rem; }
.ask label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.ask input {
  flex: 1; min-width: 0; font: inherit; color: inherit; background: var(--bg);
  border: 1px solid var(--line); border-radius: 999px; padding: 0.55rem 1rem; min-height: 2.75rem;
}
.send {
  flex: none; border: 0; border-radius: 999px; background: var(--accent); color: var(--accent-ink);
  padding: 0 1.2rem; font-weight: 600; min-height: 2.75rem;
}
.send[aria-disabled="true"] { opacity: 0.6; cursor: progress; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.ask input:focus-visible { outline-offset: 0; }
.hint { margin: 0; color: var(--muted); font-size: 0.8rem; }
@media (max-width: 29.99rem) {
  .top p { display: none; }
  .msg { max-width: 92%; }
}
@media (min-width: 40rem) {
  .app { border-left: 1px solid var(--line); border-right: 1px solid var(--line); }
  .msg { max-width: 80%; }
}
`;
