/**
 * @module `npm run ask -- "question"`: the bot's answer in a terminal, no server needed.
 * `--json` prints the Answer object (as GET /api/ask does). Without a question: one question a line
 * from standard input, the lines one conversation as in a chat (a blank line starts a new one;
 * `--each` answers each line on its own), one JSON line each with --json; on a terminal, an
 * interactive prompt that keeps the conversation's context for follow-ups.
 */
import { createInterface } from "node:readline";
import type { Engine } from "../bot/engine";
import type { Answer, Focus } from "../qa/index";
import { loadEngine } from "./load-engine";

const USAGE = 'usage: npm run ask -- [--json] [--each] ["question"]   (no question: one a line on standard input, one conversation; --each: each on its own)';

/** How an answer is printed: its plain text, or one line of JSON. */
function printable(answer: Answer, json: boolean): string {
  return json ? JSON.stringify(answer) : answer.text;
}

/**
 * Answers each non-blank line of `lines`. The lines are one conversation, as a chat's messages are
 * (a follow-up such as "where did they meet?" leans on the answer before it); a blank line starts a
 * new one, and `each` answers every line on its own.
 */
async function answerLines(engine: Engine, lines: AsyncIterable<string>, json: boolean, each: boolean): Promise<void> {
  let focus: Focus | undefined;
  for await (const line of lines) {
    const question = line.trim();
    if (question === "") {
      focus = undefined;
      continue;
    }
    const answer = await engine.answer(question, focus && !each ? { focus } : {});
    focus = answer.focus;
    process.stdout.write(printable(answer, json) + (json ? "\n" : "\n\n"));
  }
}

/** An interactive prompt; each answer's focus is the next question's context. */
async function converse(engine: Engine, json: boolean): Promise<void> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout, prompt: "? " });
  let focus: Focus | undefined;
  process.stdout.write(`Ask about the ${engine.articles} articles (e.g. “${engine.examples()[0] ?? "Who met whom?"}”); Ctrl-D ends.\n`);
  prompt.prompt();
  for await (const line of prompt) {
    const question = line.trim();
    if (question !== "") {
      const answer = await engine.answer(question, focus ? { focus } : {});
      focus = answer.focus;
      process.stdout.write(printable(answer, json) + "\n\n");
    }
    prompt.prompt();
  }
}

async function main(args: string[]): Promise<void> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE + "\n");
    return;
  }
  const json = args.includes("--json");
  const each = args.includes("--each");
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--json" && a !== "--each");
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(" ")}\n${USAGE}`);
  const question = args.filter((a) => a !== "--json" && a !== "--each").join(" ").trim();
  const engine = loadEngine();
  if (question !== "") process.stdout.write(printable(await engine.answer(question), json) + "\n");
  else if (process.stdin.isTTY) await converse(engine, json);
  else await answerLines(engine, createInterface({ input: process.stdin, crlfDelay: Infinity }), json, each);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`ask: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
