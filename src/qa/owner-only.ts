/**
 * @module Whether a sentence a reader quotes names a person the question asks of only as the owner
 * of someone else ("Varan's predecessor, Telu, received six envoys", "Kestas's special envoy met
 * Orvel on Monday"): what the sentence tells is the other's doing, so its span does not answer a
 * question of the owner ("how many envoys did Varan receive?", "when did Orvel meet Kestas?").
 */
import { escapeRegExp, fold } from "../nlp/fold";
import { AIDE_LEAD, AIDE_NOUN } from "../nlp/vocab";
import type { Question } from "./question";
import type { Reply } from "./reply";

/** A possessive and the words after it: "'s special envoy". */
const OWNED = /^['’]s\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/u;

/** Whether the words after a name make it the owner of an aide or a predecessor ("'s immediate predecessor"). */
function ownsAide(after: string): boolean {
  const words = after.match(OWNED)?.slice(1).filter((w): w is string => w !== undefined) ?? [];
  let k = 0;
  while (k < words.length - 1 && AIDE_LEAD.test(words[k]!)) k++;
  return words[k] !== undefined && AIDE_NOUN.test(words[k]!);
}

/** The sentences a reply quotes, folded. */
function quotedSentences(reply: Reply): string[] {
  return reply.body.flatMap((b) => (b.kind === "quote" ? [fold(b.content.map((c) => (typeof c === "string" ? c : Object.values(c).filter((v) => typeof v === "string").join(" "))).join(""))] : []));
}

/**
 * True when a person the question names (not by office) is named in the reply's quoted sentences,
 * and every time as the owner of an aide or a predecessor; never when the question asks of that
 * aide itself ("who is Varan's spokesman?").
 * @example quotesOwnerOnly(q("when did Orvel meet Kestas"), reply("Kestas's special envoy met Orvel on Monday.")) // true
 */
export function quotesOwnerOnly(q: Question, reply: Reply): boolean {
  const sentences = quotedSentences(reply);
  if (sentences.length === 0) return false;
  if (fold(q.text).split(/[^\p{L}-]+/u).some((w) => AIDE_NOUN.test(w))) return false;
  return q.links.people.some((mention) => {
    if (mention.byOffice) return false;
    const forms = [...new Set(mention.ids.flatMap((id) => {
      const p = q.knowledge.people.get(id);
      return p ? [...p.names, ...(p.surname ? [p.surname] : [])] : [];
    }).map(fold))].filter((f) => f.length > 2).sort((a, b) => b.length - a.length);
    if (forms.length === 0) return false;
    // the longest form at each place ("tsai ing-wen", not "tsai" inside it)
    const named = new RegExp(`(?<![\\p{L}])(?:${forms.map(escapeRegExp).join("|")})(?![\\p{L}])`, "gu");
    let times = 0;
    for (const s of sentences) {
      for (const m of s.matchAll(named)) {
        if (!ownsAide(s.slice(m.index + m[0].length))) return false;
        times++;
      }
    }
    return times > 0;
  });
}
