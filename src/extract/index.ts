/** @module Article texts → FactIndex: runs the stages in order. PLACEHOLDER until the fact-index issue lands. */
import { FACT_INDEX_VERSION, type FactIndex } from "../facts/types";

/** One article file as read from seeds/. */
export interface ArticleFile {
  /** Path relative to the project root, e.g. "seeds/000_x.txt". */
  file: string;
  text: string;
}

/**
 * Extracts the fact index from the article files (pure; same input, same output).
 * @example const index = extractIndex([{ file: "seeds/a.txt", text }]);
 */
export function extractIndex(files: ArticleFile[]): FactIndex {
  const articles = files.map(({ file, text }) => ({
    id: file.replace(/^.*\//, "").replace(/\.txt$/, ""),
    file,
    body: text.trim(),
    quotes: [],
  }));
  return { version: FACT_INDEX_VERSION, articles, people: [], meetings: [], facts: [], sentences: [] };
}
