/**
 * @module The documents a signing sentence counts, told one by one in the sentences after it ("Two
 * memoranda were signed. Under the first, … The second sets out …"): what "what did they sign" asks.
 */
import type { Sentence } from "../../facts/types";
import type { Question } from "../question";

/** A number of documents ("two memoranda", "three MoUs", "several agreements"): a word or two may stand between ("two cooperation agreements"). */
const COUNTED = String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+(?:pair|set|series|number|package)\s+of)\s+(?:[\p{L}-]+\s+){0,3}?(?:agreements|memorand(?:a|ums)|mous|accords|documents|protocols|deals|treaties|instruments|conventions)\b`;

/** A signing that counts its documents without naming them: "signed two memoranda", "the exchange of three MoUs", "four agreements were signed". */
const COUNTED_SIGNING = new RegExp(
  String.raw`\b(?:sign|ink|exchang|conclud|seal)\w*\b[^.;:]*?${COUNTED}|${COUNTED}[^.;:]*?\b(?:were|was|have been|had been)\s+(?:sign|ink|exchang|conclud|seal)\w*`,
  "iu",
);

/** A sentence that tells one of the documents just counted: "The first, on …", "Under the second, …", "The other covers …". */
const ONE_OF_THEM = /^\s*["“]?(?:(?:under|in|by|with|through)\s+)?the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|other|last|latter)\b(?!\s+(?:time|day|visit|meeting|round|leg|stop)\b)/i;

/** Sentences read after the counting one for the list, at most; a later sentence counting them again ("witnessed the signing of two MoUs") may be the one the list follows. */
const LISTED = 10;
const RECOUNTED = 6;

/**
 * The sentences after a sentence that counts the documents signed, each telling one of them by its
 * ordinal, in order: right after it, or after a sentence of the article soon after that counts them
 * again; none when the sentence counts no documents or no such list follows.
 * @example listedDocuments(q, sentenceOf("Two memoranda were signed.")) // ["Under the first, Veldia will …", "The second sets out …"]
 */
export function listedDocuments(q: Question, s: Pick<Sentence, "id" | "article" | "text">): Sentence[] {
  if (!COUNTED_SIGNING.test(s.text)) return [];
  for (let at = s.id; at <= s.id + RECOUNTED; at++) {
    const counting = q.knowledge.index.sentences[at];
    if (!counting || counting.article !== s.article) break;
    if (at > s.id && !COUNTED_SIGNING.test(counting.text)) continue;
    const listed = listAfter(q, counting);
    if (listed.length) return listed;
  }
  return [];
}

/** The sentences right after one, each opening on an ordinal ("The first, on …"), in order. */
function listAfter(q: Question, s: Pick<Sentence, "id" | "article">): Sentence[] {
  const listed: Sentence[] = [];
  for (let id = s.id + 1; id <= s.id + LISTED; id++) {
    const next = q.knowledge.index.sentences[id];
    if (!next || next.article !== s.article || !ONE_OF_THEM.test(next.text)) break;
    listed.push(next);
  }
  return listed;
}
