/**
 * @module Names typed in Cyrillic or Greek letters, read in Latin ones ("Варан" → "Varan"), so a
 * name the articles write in Latin letters can be found when a reader types it in their own script.
 * A plain letter-by-letter table (after the common English renderings), no language model.
 */

/** Cyrillic letters (Russian, Ukrainian, Belarusian, Kazakh, Serbian), lower case, as English news writes them. */
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  є: "ye", і: "i", ї: "yi", ґ: "g", ў: "u", ә: "a", ғ: "g", қ: "q", ң: "ng", ө: "o", ұ: "u", ү: "u", һ: "h", ј: "j", љ: "lj", њ: "nj", ћ: "c", ђ: "dj", џ: "dz",
};

/** Greek letters, lower case, accents taken off first. */
const GREEK: Record<string, string> = {
  α: "a", β: "v", γ: "g", δ: "d", ε: "e", ζ: "z", η: "i", θ: "th", ι: "i", κ: "k", λ: "l", μ: "m", ν: "n", ξ: "x", ο: "o", π: "p", ρ: "r", σ: "s", ς: "s", τ: "t", υ: "y", φ: "f", χ: "ch", ψ: "ps", ω: "o",
};

/**
 * A word in Cyrillic or Greek letters in Latin ones, capitalised as typed; undefined when it holds
 * a letter of another script (Arabic, Chinese…), which no table here reads.
 * @example latinOf("Варан") // "Varan"
 * @example latinOf("Κέστας") // "Kestas"
 */
export function latinOf(word: string): string | undefined {
  let out = "";
  for (const ch of word.normalize("NFC")) {
    const lower = ch.toLowerCase();
    // (Greek accents off; Cyrillic "й" keeps its mark, it is a letter of its own)
    const bare = lower.normalize("NFD").replace(/\p{M}/gu, "");
    const latin = CYRILLIC[lower] ?? GREEK[bare] ?? (/[\p{Script=Latin}'’-]/u.test(ch) ? lower : undefined);
    if (latin === undefined) return undefined;
    out += ch !== lower && latin ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
  }
  return out || undefined;
}

/**
 * A text with each word in Cyrillic or Greek letters in Latin ones; words of other scripts as they are.
 * @example latinText("who is Варан?") // "who is Varan?"
 */
export function latinText(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (w) => (/\p{Script=Latin}/u.test(w) ? w : (latinOf(w) ?? w)));
}
