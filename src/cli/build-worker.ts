/**
 * @module A thread of build:index's pool (see build-pool.ts): reads the articles it is handed, one
 * at a time and each alone, keeps each until the main thread asks for its records, then drops it.
 */
import { parentPort } from "node:worker_threads";
import { articleRecords, namesEvidenced, NO_CONTACTS, readArticle, readArticleAgain, readingOf, type FirstRead, type Read } from "../extract/index";
import { contentTerms, factText, meetingText } from "../qa/retrieval";
import type { PoolReply, PoolRequest } from "./build-pool";

const port = parentPort;
if (!port) throw new Error("build-worker: run as a worker thread of build-pool.ts");

const reading = readingOf();
/** The articles read once, by their position in the build, until they are read again. */
const firstReads = new Map<number, FirstRead>();
/** The articles read again, until their records are taken. */
const reads = new Map<number, Omit<Read, "sentenceIds">>();

const reply = (message: PoolReply): void => port.postMessage(message);

function handle(request: PoolRequest): void {
  if (request.kind === "read") {
    const first = readArticle(request.file, reading);
    firstReads.set(request.n, first);
    reply({ kind: "read", n: request.n, names: namesEvidenced(first) });
  } else if (request.kind === "again") {
    // in the order the articles came, which is the build's
    for (const [n, first] of firstReads) {
      const final = readArticleAgain(first, request.known, reading);
      firstReads.delete(n);
      reads.set(n, { ...final, contacts: NO_CONTACTS });
      reply({ kind: "again", n, article: final.article, people: final.people.people, sentences: final.sents.length });
    }
  } else {
    const read = reads.get(request.n);
    if (!read) throw new Error(`build-worker: article ${request.n} was not read here`);
    reads.delete(request.n);
    const { ids, names, base } = request;
    const nameOf = new Map(ids.map((id, i) => [id, names[i] ?? id]));
    const records = articleRecords({ ...read, sentenceIds: read.sents.map((_, i) => base + i) }, (local) => ids[local] ?? "", (id) => nameOf.get(id) ?? id);
    // what the knowledge tables read of each record: the sentences' terms as segment read them, the facts' and meetings' read here rather than in the main thread
    const terms = {
      sentences: read.sents.map((s) => s.terms),
      records: [...records.facts.map((f) => [f.id, contentTerms(factText(f))] as [string, string[]]), ...records.meetings.map((m) => [m.id, contentTerms(meetingText(m))] as [string, string[]])],
    };
    reply({ kind: "records", n: request.n, records, terms });
  }
}

port.on("message", (request: PoolRequest) => {
  try {
    handle(request);
  } catch (error) {
    const { name = "Error", message = String(error) } = error as Error;
    reply({ kind: "failed", name, message });
  }
});
