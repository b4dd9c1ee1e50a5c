/**
 * @module build:index's pool of threads: the articles are read (wink-nlp, mentions, people,
 * meetings, facts: all that depends on one article only) in `node:worker_threads`, and what they
 * give is merged in the main thread in article order, so the index is byte-for-byte the one
 * extractIndex gives in one thread, whatever the pool's size.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { FACT_INDEX_VERSION, type Article, type FactIndex } from "../facts/types";
import { ArticleError, type ArticleFile, type ArticleRecords, type ReadIndex } from "../extract/index";
import { fileKnownNames, type KnownNames } from "../extract/known-names";
import { mergePeople } from "../extract/merge";
import type { LocalPerson } from "../extract/people";

/** What the main thread asks of a thread: read an article, read them all again with the known names, or give an article's records. */
export type PoolRequest =
  | { kind: "read"; n: number; file: ArticleFile }
  | { kind: "again"; known: KnownNames }
  | { kind: "records"; n: number; ids: string[]; names: string[]; base: number };

/** What a thread answers (one reply per article and request), or why it failed. */
export type PoolReply =
  | { kind: "read"; n: number; names: string[] }
  | { kind: "again"; n: number; article: Article; people: LocalPerson[]; sentences: number }
  | { kind: "records"; n: number; records: ArticleRecords; terms: ReadTerms }
  | { kind: "failed"; name: string; message: string };

/** The content terms the threads read of an article's records (see contentTerms): per sentence, and per fact and meeting id. */
export interface ReadTerms {
  sentences: string[][];
  records: [string, string[]][];
}

/** The index the pool read, with the terms of its records (what computeKnowledge would read again). */
export interface PoolIndex extends ReadIndex {
  /** Content terms of each fact and meeting, by id. */
  terms: Map<string, string[]>;
}

/** Articles below which the build reads in its own thread: a thread costs about 3 s of CPU to load wink-nlp and the extractor, what about 200 articles take to read. */
export const POOL_FROM_ARTICLES = 400;
/** The most threads a build starts: each holds its own wink model and its share of the articles. */
const MAX_THREADS = 8;

/**
 * How many threads read the articles: ATTACHE_BUILD_WORKERS when set (1 reads in the main thread, as
 * before the pool), else one a core (at most 8) from {@link POOL_FROM_ARTICLES} articles, and 1 below.
 * @example buildThreads(undefined, 5) // 1
 * @example buildThreads("2", 5) // 2
 */
export function buildThreads(setting: string | undefined, articles: number, cores: number = availableParallelism()): number {
  if (setting !== undefined && setting.trim() !== "") {
    const value = Number(setting.trim());
    if (!Number.isInteger(value) || value < 1) throw new Error(`build:index: ATTACHE_BUILD_WORKERS must be a whole number of threads (1 or more), not "${setting}"`);
    return value;
  }
  return articles < POOL_FROM_ARTICLES ? 1 : Math.max(1, Math.min(cores, MAX_THREADS));
}

/** Articles handed to a thread ahead of its replies: enough to keep it busy while the main thread merges. */
const WINDOW = 8;

/**
 * Reads the articles in `threads` worker threads (started at once: the caller may work while they
 * load) and resolves to the index extractIndex would give, with the terms the threads read.
 * @example const { index } = await extractInPool(files, 2, buildProgress("articles read"));
 */
export function extractInPool(files: ArticleFile[], threads: number, onProgress?: (done: number, total: number) => void): Promise<PoolIndex> {
  const workers = Array.from({ length: threads }, startWorker);
  let round: { expect: number; got: number; onReply: (worker: number, reply: PoolReply) => void; resolve: () => void } | undefined;
  let failure: ((error: Error) => void) | undefined;
  const failed = new Promise<never>((_, reject) => {
    failure = reject;
  });
  workers.forEach((worker, w) => {
    worker.on("message", (reply: PoolReply) => {
      if (reply.kind === "failed") return failure?.(reply.name === "ArticleError" ? new ArticleError(reply.message) : new Error(reply.message));
      if (!round) return;
      round.onReply(w, reply);
      if (++round.got === round.expect) round.resolve();
    });
    worker.on("error", (error) => failure?.(error));
    worker.on("exit", (code) => failure?.(new Error(`build:index: a reading thread stopped (exit code ${code})`)));
  });
  const inRound = (expect: number, onReply: (worker: number, reply: PoolReply) => void, start: () => void): Promise<void> =>
    Promise.race([
      failed,
      new Promise<void>((resolve) => {
        round = { expect, got: 0, onReply, resolve };
        if (expect === 0) resolve();
        start();
      }),
    ]);
  const post = (w: number, request: PoolRequest): void => workers[w]!.postMessage(request);

  const run = async (): Promise<PoolIndex> => {
    // 1. each article read once, handed to whichever thread is free; the thread keeps it
    const owner: number[] = [];
    const evidenced: string[][] = [];
    let next = 0;
    let done = 0;
    const hand = (w: number): void => {
      if (next >= files.length) return;
      owner[next] = w;
      post(w, { kind: "read", n: next, file: files[next]! });
      next++;
    };
    await inRound(
      files.length,
      (w, reply) => {
        if (reply.kind !== "read") return;
        evidenced[reply.n] = reply.names;
        onProgress?.(++done, files.length);
        hand(w);
      },
      () => {
        for (let k = 0; k < WINDOW; k++) workers.forEach((_, w) => hand(w));
      },
    );
    // 2. read again with the full names every article gives evidence for, in article order
    const known = fileKnownNames(evidenced.flat());
    evidenced.length = 0;
    const articles: Article[] = [];
    const people: LocalPerson[][] = [];
    const counts: number[] = [];
    await inRound(
      files.length,
      (_, reply) => {
        if (reply.kind !== "again") return;
        articles[reply.n] = reply.article;
        people[reply.n] = reply.people;
        counts[reply.n] = reply.sentences;
      },
      () => workers.forEach((_, w) => post(w, { kind: "again", known })),
    );
    // 3. people merged across articles, then each article's records with the merged ids
    const bases: number[] = [];
    let nextSentence = 0;
    for (const count of counts) {
      bases.push(nextSentence);
      nextSentence += count;
    }
    const merged = mergePeople(articles.map((a, n) => ({ article: a.id, people: people[n]!, sentenceIds: Array.from({ length: counts[n]! }, (_, i) => bases[n]! + i) })));
    people.length = 0;
    const names = new Map(merged.people.map((p) => [p.id, p.name]));
    const records: ArticleRecords[] = [];
    const terms: ReadTerms[] = [];
    await inRound(
      files.length,
      (_, reply) => {
        if (reply.kind !== "records") return;
        records[reply.n] = reply.records;
        terms[reply.n] = reply.terms;
      },
      () =>
        articles.forEach((article, n) => {
          const ids = merged.ids.get(article.id) ?? [];
          post(owner[n]!, { kind: "records", n, ids, names: ids.map((id) => names.get(id) ?? id), base: bases[n]! });
        }),
    );
    const index: FactIndex = {
      version: FACT_INDEX_VERSION,
      articles,
      people: merged.people,
      meetings: records.flatMap((r) => r.meetings),
      facts: records.flatMap((r) => r.facts),
      sentences: records.flatMap((r) => r.sentences),
    };
    return { index, sentenceTerms: terms.flatMap((t) => t.sentences), terms: new Map(terms.flatMap((t) => t.records)) };
  };
  return run().finally(() => {
    failure = undefined;
    round = undefined;
    return Promise.all(workers.map((worker) => worker.terminate()));
  });
}

/**
 * A reading thread running build-worker.ts; under tsx (the build's TypeScript runner) the thread
 * registers tsx first, since a thread does not inherit the main thread's module hooks.
 */
function startWorker(): Worker {
  const url = new URL("./build-worker.ts", import.meta.url);
  const tsx = import.meta.resolve("tsx/esm/api");
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true });
}
