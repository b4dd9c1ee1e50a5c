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

/** Nouns of a signed document. */
const DOCUMENT = String.raw`(?:agreements?|memorand(?:um|a|ums)|mous?|accords?|treat(?:y|ies)|deals?|declarations?|documents?|protocols?|conventions?|statements?|roadmaps?|instruments?|pacts?|charters?|programmes?|plans?)`;
/** A word that is a document noun, whole. */
const DOCUMENT_WORD = new RegExp(`^${DOCUMENT}$`);
/** A document noun with what it is about after it: "an agreement on visas", "agreements covering industry", "a memorandum setting up …", "an agreement was signed to allow …". */
const ABOUT_AFTER = new RegExp(String.raw`\b${DOCUMENT}\s+(?:(?:was|were|is|are|has|have|had|been|be|will|also|later|jointly|signed)\s+){0,3}(?:on|covering|covers|cover|setting|sets|establishing|establishes|creating|allowing|providing|to\s+(?!be\b)[a-z]+|for\s+(?!the\s+(?:two|both)\b)[a-z]+|of\s+(?!understanding\b)[a-z]+|between\s+(?!the\s+(?:two|both)\b)[a-z]+|in\s+the\s+(?:fields?|areas?|spheres?)|that|which|in\s+which|under\s+which|dedicated|meant|aimed|intended|exempting|exempts|designed)\b`);
/** Words before a document noun that say nothing of what it is about: "a set of agreements", "several cooperation agreements". */
const GENERIC_BEFORE = new Set(["a", "an", "the", "of", "and", "or", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "various", "number", "set", "series", "package", "these", "those", "such", "more", "further", "other", "new", "bilateral", "cooperation", "key", "important", "major", "all", "any", "no", "its", "their", "his", "her", "our", "signed", "documents", "agreements", "memorandums", "memoranda", "mous", "understanding", "joint", "relevant", "many", "few", "range", "raft", "slew", "host", "list", "batch"]);

/**
 * Whether a sentence says which documents were signed, beyond a bare count or noun: "signed four cooperation agreements covering
 * industry and tourism", "a visa agreement", "the Treaty of Friendship"; not "a set of agreements is to be signed", "the
 * agreements signed during her stay", "a number of agreements and memorandums of understanding are to be signed".
 * @example namesDocuments("A set of agreements is to be signed.") // false
 */
export function namesDocuments(text: string): boolean {
  const plain = text.replace(/\bmemorand(?:um|a|ums)\s+of\s+understanding\b/gi, "MoU");
  if (/\b(?:[A-Z][\p{L}-]+\s+){1,4}(?:Agreement|Memorandum|Treaty|Accord|Declaration|Protocol|Convention|Statement|Roadmap|Charter|Pact|Programme|Plan)s?\b|\b(?:Agreement|Memorandum|Treaty|Accord|Declaration|Protocol|Convention|Roadmap|Charter|Pact)\s+(?:of|on|for)\s+[A-Z]/u.test(plain)) {
    // (not a sentence's first word alone: "Agreements were signed")
    if (!/^\s*(?:[A-Z][\p{L}-]+\s+)?(?:Agreement|Memorandum|Treaty|Accord|Declaration|Protocol|Convention|Statement|Roadmap|Charter|Pact|Programme|Plan)s?\s+(?:was|were|is|are|will|have|had)\b/u.test(plain)) return true;
  }
  const lower = plain.toLowerCase();
  if (ABOUT_AFTER.test(lower)) return true;
  // "Two MoUs were exchanged. The first, on the appointment of health workers, …": told one by one after the count
  if (plain.split("\n").some((line) => ONE_OF_THEM.test(line))) return true;
  // a word of its own before the noun: "a visa agreement", "a defence cooperation MoU", "an extradition treaty"
  const words = lower.split(/[^\p{L}\d-]+/u).filter(Boolean);
  return words.some((w, k) => DOCUMENT_WORD.test(w) && [words[k - 1], words[k - 2]].some((b, n) => b !== undefined && !GENERIC_BEFORE.has(b) && !/^\d+$/.test(b) && (n === 0 || words[k - 1] === "cooperation")));
}
