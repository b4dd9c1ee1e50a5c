/**
 * @module Person names: a transliteration-blind key, fuzzy comparison, and the short forms an
 * article uses for a person ("Tinlo" = "Gorlipe", "Mohammed" = "Muhammad", "Gonzales" = "González").
 */
import { fold } from "./fold";
import { NAME_PARTICLES } from "./vocab";

/**
 * The words of a name without particles and leading article prefixes ("al-Sabah" → "Sabah").
 * @example nameWords("Abdullah al-Sabah") // ["Abdullah", "Sabah"]
 * @example nameWords("Luiz Morta Neven da Pezo") // ["Luiz", "Morta", "Neven", "Pezo"]
 */
export function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map((w) => w.replace(/^(?:al|el|ad|as|ash|an|ar|at|az|ul)[-‐](?=\p{Lu})/iu, ""))
    .filter((w) => w !== "" && !NAME_PARTICLES.has(fold(w)));
}

/**
 * A key for one name word that spellings of the same sound share: consonant skeleton after
 * folding common transliteration pairs (kh/x/q → k, z → s, ph → f, …).
 * @example wordKey("Tinlo") === wordKey("Gorlipe") // true
 * @example wordKey("Dudu") === wordKey("Xamenei") // true
 */
export function wordKey(word: string): string {
  const w = fold(word)
    .replace(/[^a-z]/g, "")
    .replace(/kh|ckh|ck|q|x|c(?=[aou])|g(?=h)/g, "k")
    .replace(/ph/g, "f")
    .replace(/th/g, "t")
    .replace(/zh|dj|dzh|j/g, "j")
    .replace(/sh|sch|ch|tch/g, "s")
    .replace(/z|c(?=[eiy])/g, "s")
    .replace(/w/g, "v")
    .replace(/h/g, "");
  if (w === "") return "";
  const first = w[0] ?? "";
  const rest = w.slice(1).replace(/[aeiouy]/g, "");
  return (first + rest).replace(/(.)\1+/g, "$1");
}

/**
 * A key for a whole name: the word keys of its words, in order, space-separated.
 * @example nameKey("Peta Bralo") === nameKey("Mordu Bralo") // true
 */
export function nameKey(name: string): string {
  return nameWords(name).map(wordKey).join(" ");
}

/**
 * Damerau–Levenshtein distance (optimal string alignment) between two short strings.
 * @example editDistance("kasimov", "qasimov") // 1
 */
export function editDistance(a: string, b: string): number {
  // three rows of the table (the transposition looks two rows back), reused from call to call
  const width = b.length + 1;
  if (rows[0]!.length < width) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(width * 2);
  let before = rows[0]!;
  let above = rows[1]!;
  let row = rows[2]!;
  for (let j = 0; j < width; j++) above[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2]! + 1);
      row[j] = v;
    }
    [before, above, row] = [above, row, before];
  }
  return above[b.length]!;
}

/** {@link editDistance}'s rows (names are short: they grow only for a longer word). */
const rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Whether two name words are the same word in another spelling: equal when folded, or the same
 * sound key (words of four letters or more) within a few letters' edit, or one typo apart (words of
 * five letters or more). Short words must match exactly: "Li" is not "Le".
 * @example similarWords("Abdullah", "Abdul") // false
 * @example similarWords("Gonzales", "González") // true
 * @example similarWords("Wentao", "Weidao") // false
 */
export function similarWords(a: string, b: string): boolean {
  const [fa, ka] = spelling(a);
  const [fb, kb] = spelling(b);
  if (fa === fb) return true;
  if (Math.min(fa.length, fb.length) < 4) return false;
  // The same sound key, and close in letters too: "Kameli" / "Morvi", not "Abdullah" / "Abdul" or "Mohamed" / "Narka".
  if (ka === kb && fa[0] === fb[0]) {
    const distance = editDistance(fa, fb);
    if (distance <= 2 || (distance === 3 && Math.abs(fa.length - fb.length) <= 1)) return true;
  }
  return Math.min(fa.length, fb.length) >= 5 && editDistance(fa, fb) <= 1;
}

/**
 * A name word's letters (folded, nothing else) and their sound key, kept per word: merging people
 * compares the same words with many others, and a fold and a key per comparison grew with the corpus.
 * @example spelling("González") // ["gonzalez", "gnsls"]
 */
function spelling(word: string): readonly [string, string] {
  let known = SPELLINGS.get(word);
  if (known === undefined) {
    const letters = fold(word).replace(/[^a-z]/g, "");
    known = [letters, wordKey(letters)];
    if (SPELLINGS.size >= SPELLINGS_LIMIT) SPELLINGS.clear();
    SPELLINGS.set(word, known);
  }
  return known;
}

/** Bounded (only the build compares names; a 10 000-article index has about 80 000 name words, which a smaller table would churn through). */
const SPELLINGS_LIMIT = 200_000;
const SPELLINGS = new Map<string, readonly [string, string]>();

/**
 * Whether two full names may be one person in two spellings: as many words, each pair similar
 * ("Peta Bralo" / "Mordu Bralo"), or one word written as two ("Abdelatty" / "Abdel Aty").
 * "Wang Yi" and "Wang Wentao" are not.
 * @example similarNames("Mohammed al-Sabah", "Muhammad Sabah") // true
 * @example similarNames("Badr Abdel Aty", "Badr Abdelatty") // true
 * @example similarNames("Wang Yi", "Wang Wentao") // false
 * @example similarNames("Nargor Morri", "Morri Nargor") // true
 */
export function similarNames(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.length === wb.length && wa.every((w, i) => similarWords(w, wb[i] ?? ""))) return true;
  // "Nargor Morri" / "Morri Nargor": a name of two words written family name first in one source, last in another.
  if (wa.length === 2 && wb.length === 2) return fold(wa[0]!) === fold(wb[1]!) && fold(wa[1]!) === fold(wb[0]!) && fold(wa[0]!) !== fold(wa[1]!);
  if (Math.abs(wa.length - wb.length) !== 1) return false;
  // "Badr Abdel Aty" / "Badr Abdelatty": two words of one spelling written as one in the other.
  const [long, short] = wa.length > wb.length ? [wa, wb] : [wb, wa];
  for (let k = 0; k + 1 < long.length; k++) {
    const joined = [...long.slice(0, k), `${long[k]}${long[k + 1]}`, ...long.slice(k + 2)];
    if (joined.every((w, i) => similarWords(w, short[i] ?? ""))) return true;
  }
  return false;
}

/**
 * Whether a short form ("Sabah", "Neven da Pezo", "Wang", "S. Dulilo") may stand for a full name:
 * its words are a run of the name's words (first or last words), initials matching.
 * @example isShortFormOf("Gorlipe", "Tatingor Tinlo") // true
 * @example isShortFormOf("S. Dulilo", "Subrahmanyam Dulilo") // true
 * @example isShortFormOf("Wang", "Wang Yi") // true
 * @example isShortFormOf("Zone Risa", "Zone Arthur Risa") // true
 */
export function isShortFormOf(short: string, full: string): boolean {
  const ws = nameWords(short);
  const wf = nameWords(full);
  if (ws.length === 0 || ws.length > wf.length) return false;
  // "Fahed bin Saqer" in "Rawdan bin Fahed bin Saqer" is the father: a name of two words
  // or more never starts where the full name says "son of".
  const fathers = patronymicStarts(full);
  const matches = (offset: number): boolean =>
    ws.every((w, i) => {
      const f = wf[offset + i] ?? "";
      if (/^\p{Lu}\.$/u.test(w)) return fold(f).startsWith(fold(w[0] ?? ""));
      return similarWords(w, f);
    });
  const starts = (offset: number): boolean => matches(offset) && !(ws.length >= 2 && fathers.has(offset));
  if (starts(0) || starts(wf.length - ws.length)) return true;
  // Long names are often cut from the middle ("Neven" of "Luiz Morta Neven da Pezo", "García Márquez" of
  // "Gabriel José García Márquez"); short middle words ("Jong") do not count, nor a father's name alone ("King
  // Varan" is not "Telu bin Varan bin Aldor Al Orv", whom the article calls Telu or Al Orv).
  if (wf.length >= 3) for (let k = 1; k < wf.length - ws.length; k++) if (starts(k) && !fathers.has(k) && fold(ws.join("")).length >= 4) return true;
  // A middle name left out: "Abdullah Narsa" of "Abdullah Ali Narsa", "Zone Risa" of "Zone Arthur Risa".
  if (ws.length >= 2 && !ws.some((w) => /^\p{Lu}\.$/u.test(w)) && similarWords(ws[0]!, wf[0]!) && similarWords(ws[ws.length - 1]!, wf[wf.length - 1]!)) {
    let at = 1;
    for (const w of ws.slice(1, -1)) {
      while (at < wf.length - 1 && !similarWords(w, wf[at]!)) at++;
      if (at >= wf.length - 1) return false;
      at++;
    }
    return true;
  }
  return false;
}

/** Positions (in {@link nameWords}) of the words written right after "bin", "ibn", "bint" or "ben". */
function patronymicStarts(name: string): Set<number> {
  const out = new Set<number>();
  let position = 0;
  let after = false;
  for (const raw of name.split(/\s+/)) {
    if (nameWords(raw).length === 0) {
      after = /^(?:bin|ibn|bint|ben)$/i.test(raw);
      continue;
    }
    if (after) out.add(position);
    after = false;
    position++;
  }
  return out;
}

/**
 * The short forms an article may use alone for a full name: last word, first word (family name first
 * in Chinese, Korean…), and the last two words of names of three words or more (Spanish double surnames).
 * @example shortForms("Andrés Manuel López Obrador") // ["Obrador", "Andrés", "López Obrador"]
 */
export function shortForms(name: string): string[] {
  const w = nameWords(name);
  if (w.length < 2) return [];
  const forms = [w[w.length - 1] ?? "", w[0] ?? ""];
  if (w.length >= 3) forms.push(w.slice(-2).join(" "));
  return [...new Set(forms.filter(Boolean))];
}

/** Common East Asian family names, written first ("Kim Jong-un", "Wang Yi"): general knowledge. */
const FAMILY_NAME_FIRST = new Set(
  (
    "li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang feng yu dong xiao " +
    "cheng cao yuan deng xi wen jiang cai pan du ye wei su lu ding ren shen yao qin fu zeng peng lu lü kong bai cui kang mao qiu qian " +
    "kim lee park choi jung jeong kang cho yoon jang lim shin han oh seo kwon hwang ahn song yoo hong moon " +
    "nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly yeo ban"
  ).split(" "),
);

/**
 * Whether a word is a common East Asian family name (written first: "Kim Jong-un", "Le Hoai Trung").
 * @example isCommonFamilyName("Nguyen") // true
 * @example isCommonFamilyName("Bralo") // false
 */
export function isCommonFamilyName(word: string): boolean {
  return FAMILY_NAME_FIRST.has(fold(word));
}

/**
 * The family name of a full name: the first word of a name that starts with a common East Asian
 * family name ("Kim Jong-un" → "Kim"), else the last word.
 * @example familyName("Kim Jong-un") // "Kim"
 * @example familyName("Peta Bralo") // "Bralo"
 */
export function familyName(name: string): string | undefined {
  const w = nameWords(name);
  if (w.length < 2) return w[0];
  if (w.length <= 3 && FAMILY_NAME_FIRST.has(fold(w[0] ?? ""))) return w[0];
  return w[w.length - 1];
}

/**
 * A stable id for a name: folded, non-letters as dashes.
 * @example slugOf("Abdullah al-Sabah") // "abdullah-al-sabah"
 */
export function slugOf(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
