/**
 * @module Progress of a long build on stderr: nothing for a build that ends within seconds; past
 * that, on a terminal one line rewritten in place, elsewhere (CI, a log) one line every ten seconds.
 */

/** Where progress goes: stderr, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Seconds a build runs before it says how far it is, and between two lines off a terminal. */
export const PROGRESS_AFTER_SECONDS = 10;

/**
 * A progress reporter for `what` (e.g. "articles read"): call it with the items done and the total;
 * it writes only once the work has run {@link PROGRESS_AFTER_SECONDS}, and ends its line when done.
 * @example const progress = buildProgress("articles read"); files.forEach((_, i) => progress(i + 1, files.length));
 */
export function buildProgress(what: string, stream: ProgressStream = process.stderr, now: () => number = Date.now): (done: number, total: number) => void {
  const started = now();
  let shown = false;
  let lastLine = started;
  return (done, total) => {
    const t = now();
    const finished = done >= total;
    if (t - started < PROGRESS_AFTER_SECONDS * 1000 && !(finished && shown)) return;
    const everyLine = stream.isTTY ? 250 : PROGRESS_AFTER_SECONDS * 1000;
    if (!finished && shown && t - lastLine < everyLine) return;
    const seconds = (t - started) / 1000;
    const left = done > 0 && !finished ? `, about ${Math.ceil((seconds / done) * (total - done))} s left` : "";
    const line = `build:index: ${done}/${total} ${what} in ${Math.round(seconds)} s${left}`;
    stream.write(stream.isTTY ? `\r${line}\u001b[K${finished ? "\n" : ""}` : `${line}\n`);
    shown = true;
    lastLine = t;
  };
}
