import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

/** `npm run ask -- …args` with `input` on standard input. */
const ask = (args: string[], input = "", env: Record<string, string> = {}) => runCli("ask.ts", args, env, input);

// Each case starts the CLI (wink and the index) up to three times: on a machine shared with other jobs that takes over 30 s.
describe("npm run ask", { timeout: 90_000 }, () => {
  it("returns the answer as plain text for a question argument", async () => {
    const { code, stdout } = await ask(["Who met whom?"]);
    expect(code).toBe(0);
    expect(stdout.trim()).not.toBe("");
    expect(stdout.trim().startsWith("{")).toBe(false);
  });

  it("returns one JSON object with text, found, intent, confidence and sources for --json", async () => {
    const { code, stdout } = await ask(["--json", "Who met whom?"]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout) as Record<string, unknown>;
    expect(answer).toMatchObject({ text: expect.any(String), found: expect.any(Boolean), intent: expect.any(String), confidence: expect.any(Number) });
    expect(Array.isArray(answer.sources)).toBe(true);
  });

  it("returns one JSON line per question read from standard input, and nothing else on stdout", async () => {
    const { code, stdout } = await ask(["--json"], "Who met whom?\nWhen?\n\nWhich articles do you know?\n");
    expect(code).toBe(0);
    const lines = stdout.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty("found");
  });

  it("reads the lines on standard input as one conversation: a follow-up leans on the answer before it", async () => {
    const alone = await ask(["--json"], "When?\n");
    const after = await ask(["--json"], "Who met whom?\nWhen?\n");
    const [first, second] = after.stdout.trim().split("\n").map((l) => JSON.parse(l) as { focus: { people: string[] }; text: string });
    expect(first!.focus.people.length).toBeGreaterThan(0);
    expect(second!.text).not.toBe((JSON.parse(alone.stdout) as { text: string }).text);
  });

  it("answers each line on its own after a blank line and with --each", async () => {
    const alone = (await ask(["--json"], "When?\n")).stdout.trim();
    const afterBlank = (await ask(["--json"], "Who met whom?\n\nWhen?\n")).stdout.trim().split("\n")[1];
    const each = (await ask(["--json", "--each"], "Who met whom?\nWhen?\n")).stdout.trim().split("\n")[1];
    expect(afterBlank).toBe(alone);
    expect(each).toBe(alone);
  });

  it("returns exit code 1 and says to build the index when it is missing", async () => {
    const { code, stdout, stderr } = await ask(["Who met whom?"], "", { ATTACHE_OUT: "/nonexistent/attache" });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/npm run build:index/);
  });
});
