/**
 * `npx tsx bench/session-writes.ts [QUESTIONS.json]`: how often a question reads and writes the
 * chat's session, over the dev questions asked as one conversation (one chat) and each in a new chat,
 * through the same path the webhook takes (answerInChat over a lazily opened session).
 */
import { readFileSync } from "node:fs";
import { answerInChat, openSession, type SessionStorage } from "../src/bot/index";
import { memorySessions } from "../src/http/session-storage";
import { loadEngine } from "../src/cli/load-engine";

interface Counts {
  questions: number;
  reads: number;
  writes: number;
  deletes: number;
}

/** A memory storage that counts its calls. */
function counted(counts: Counts): SessionStorage {
  const memory = memorySessions();
  return {
    read: (key) => (counts.reads++, memory.read(key)),
    write: (key, value) => (counts.writes++, memory.write(key, value)),
    delete: (key) => (counts.deletes++, memory.delete(key)),
  };
}

async function main(file: string): Promise<void> {
  const raw = JSON.parse(readFileSync(file, "utf8")) as (string | { question: string })[];
  const questions = raw.map((q) => (typeof q === "string" ? q : q.question));
  const engine = await loadEngine();
  for (const mode of ["one conversation", "a new chat each"] as const) {
    const counts: Counts = { questions: 0, reads: 0, writes: 0, deletes: 0 };
    const storage = counted(counts);
    let chat = 1;
    for (const question of questions) {
      const session = openSession(() => storage, `chat:${mode === "one conversation" ? 1 : chat++}`);
      await answerInChat(engine, question, session);
      await session.save();
      counts.questions++;
    }
    const per = (n: number) => (n / counts.questions).toFixed(2);
    console.log(`${mode}: ${counts.questions} questions, ${counts.reads} reads (${per(counts.reads)}/question), ${counts.writes} writes (${per(counts.writes)}/question), ${counts.deletes} deletes`);
  }
}

main(process.argv[2] ?? "../shared/qa/dev.json").catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
