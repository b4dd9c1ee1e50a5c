/**
 * @module People of one article: names with evidence become people; short forms ("Wang", "S. Dulilo",
 * "Gorlipe"), handles, descriptions ("the Kenyan Foreign Minister") and pronouns are linked to them.
 */
import type { CountryFrom } from "../facts/types";
import { escapeRegExp, fold } from "../nlp/fold";
import { countryOf, sharesDemonym } from "../nlp/countries";
import { NameBlocks } from "../nlp/name-blocks";
import { isShortFormOf, nameWords, similarNames } from "../nlp/names";
import { compatibleOffices, isPluralOffice, normaliseTitle, officeRoles, officeWordKind } from "../nlp/offices";
import { genderOf, possessiveOfSubject, principalPerson, pronounGender, pronounsOfOne, resolveObjectPronoun, resolvePronoun, sentenceTopic, type Gender } from "./coreference";
import { splitClauses } from "./clauses";
import { mainSubjects } from "./frame-engine";
import { contactSideBefore, HEAD_OF_GOVERNMENT, HEAD_OF_STATE, speaksAfter, type DescriptionMention, type Mention, type NameMention, type OfficeDraft } from "./mentions";
import { possessiveAideAt } from "./owned-aide";
import { sentCountries, type Sent, type Word } from "./segment";
import { honorificStart, isNameWord, isParticle, isTitleCased } from "./word-kinds";
import { LIST_LINE } from "./clean";

/** An office as one sentence states it. */
export interface StatedOffice extends OfficeDraft {
  /** Sentence index in the article. */
  sentence: number;
}

/** A person as one article knows them. */
export interface LocalPerson {
  /** Fullest spelling. */
  name: string;
  /** Every spelling seen, full names first. */
  spellings: string[];
  /** Short forms the article uses alone ("Bralo", "Wang", "Neven da Pezo"). */
  shortForms: string[];
  offices: StatedOffice[];
  country?: string;
  /** Which step gave `country` (see `CountryFrom`, stamped by `countryRecorder`). */
  countryFrom?: CountryFrom;
  honorifics: string[];
  /** Named by office only ("Prime Minister of the United Kingdom"): the article never names them. */
  byOffice?: boolean;
  /**
   * "his Orvanian counterpart X" when the one whose counterpart X is had no post read yet: whose counterpart, where, and
   * X's country ({@link fillCounterpartOffices} gives X that post once later readers have read it).
   */
  counterpartOf?: { person: number; sentence: number; country?: string };
}

/** A place in a sentence that stands for a person. */
export interface PersonRef {
  /** Index into the article's people. */
  person: number;
  first: number;
  last: number;
  via: "name" | "short" | "description" | "pronoun" | "handle";
}

/** The people of an article and, per sentence, where they are referred to. */
export interface ArticlePeople {
  people: LocalPerson[];
  refs: PersonRef[][];
  /** Per sentence, the person the sentences before it were most often about, if one was (see {@link principalPerson}). */
  principals: (number | undefined)[];
  /**
   * Per sentence, the owner of each "his" or "her" before an aide or a predecessor ("Varan and his predecessor Telu"), at the
   * pronoun: kept apart from `refs`, as the owner is no side of the sentence's contacts.
   */
  owners: PersonRef[][];
}

/** Titles of a head of state ("the head of state" stands for them): not "Vice President", "President of the Senate". */
const STATE_HEADS = /^(?:(?:Federal |State )?President|President of the Republic|King|Queen|Emir|Amir|Sultan|Grand Duke)$/i;
/** Titles of a head of government ("the head of government" stands for them). */
const GOVERNMENT_HEADS = /^(?:Prime Minister|Premier|(?:Federal )?Chancellor|Chief Executive)$/i;

/** Offices "the Veldian leader" stands for: a head of state or government, a party's or a movement's leader (not "Vice President"). */
const LEADER_OFFICE = /^(?:(?:the )?(?:(?:federal |state )?president|(?:federal )?chancellor|prime minister|premier|chancellor|king|queen|emir|amir|sultan|crown prince|grand duke|monarch|head of state|head of government|supreme leader|leader|chairman|chairwoman|general secretary|secretary general)\b)/i;
/** Offices "the departing envoy" stands for: a head of mission or a special envoy, not the minister who sends them. */
const ENVOY_OFFICE = /\b(?:ambassador|envoy|high commissioner|charg[eé] d'affaires|nuncio|emissary|consul|consul general|representative)\b/i;

const DETACHED_HEADS = new Set(["diplomat", "official", "counterpart", "lawmaker", "legislator", "leader", "head", "envoy"]);

/** The posts of a body's head, whom "the IMF chief" names: not an envoy or an officer of the body. */
const BODY_HEAD = /^(?:(?:executive |managing )?director(?:-general| general)?|secretary-general|secretary general|president|chair(?:man|woman|person)?|chief executive|head|administrator|high commissioner|commissioner-general)$/i;

/**
 * Whether a body an office names is the one a description gives by its initials: "International Monetary Fund (IMF)" or
 * "United Nations World Food Programme" for "the IMF chief", "the WFP chief" (heldout97 x908, heldout68 x681).
 */
function namesBody(organisation: string | undefined, initials: string): boolean {
  const said = fold(organisation ?? "");
  if (said.includes(fold(initials))) return true;
  const letters = (organisation ?? "").split(/[^\p{L}]+/u).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
  return initials.length >= 2 && letters.includes(initials);
}

/** How many of the people last referred to a description ("the minister") may stand for: it points back, not across the article. */
const RECENT_PEOPLE = 40;

/** How many of the people the sentences before were about a pronoun may stand for (when the sex of the nearer ones rules them out). */
const RECENT_TOPICS = 3;

/**
 * Resolves the people of one article from the mentions of its sentences.
 * `notPeople` are names the article credits (agencies, publisher, byline), never people of it.
 * @example resolvePeople(sents, sents.map(findMentions)).people.map((p) => p.name) // ["Peta Bralo", "Neme Araghchi"]
 */
export function resolvePeople(sents: Sent[], allMentions: Mention[][], notPeople: string[] = []): ArticlePeople {
  // Agencies and bylines the article credits ("Prensa Latina reported") are not people of the article.
  const excluded = new Set(notPeople.map(fold));
  const mentions = allMentions.map((list) => list.filter((m) => m.kind !== "name" || !excluded.has(fold(m.name))));
  const people: LocalPerson[] = [];
  const lastSeen: number[] = [];
  /** Whom each short form stood for when it last named someone ("Varan": the President, before the First Lady was named in full). */
  const shortStood = new Map<string, number>();
  /** People named as someone's kin ("his sister Mira Varan"), who take no short form over from the one it stood for. */
  const kinNamed = new Set<number>();
  /** People last referred to, most recent last (at most RECENT_PEOPLE). */
  const recent: number[] = [];
  let clock = 0;
  // Each lookup compares a name with the people whose spellings share a blocking key, not with all:
  // an article's cost grows with its length, not with the square of its cast.
  const blocks = new NameBlocks();
  const exact = new Map<string, number>();
  const file = (person: number, spelling: string): void => {
    blocks.add(person, nameWords(spelling));
    const key = fold(spelling);
    if ((exact.get(key) ?? Infinity) > person) exact.set(key, person);
  };
  const near = (name: string): number[] => blocks.candidates(nameWords(name)) ?? people.map((_, i) => i);
  const findFull = (name: string): number => near(name).find((i) => people[i]!.spellings.some((s) => similarNames(s, name))) ?? -1;
  const findExact = (name: string): number => exact.get(fold(name)) ?? -1;
  const shortOf = (name: string): number[] => shortFormCandidates(people, near(name), name);
  const create = (m: NameMention): number => {
    people.push({ name: m.name, spellings: [m.name], shortForms: [], offices: [], honorifics: [] });
    lastSeen.push(-1);
    file(people.length - 1, m.name);
    return people.length - 1;
  };
  // ("M. Venkaiah Naidu": an initial before two name words still leaves a full name)
  // ("S. Jaishankar": initials before a surname name one person in full too, whom "Dr. Jaishankar" stands for)
  const isFull = (m: NameMention): boolean => {
    const words = nameWords(m.name);
    const named = words.filter((w) => !/^\p{Lu}\.$/u.test(w));
    return named.length >= 2 || (named.length === 1 && words.length >= 2 && /^\p{Lu}\./u.test(words[0]!) && named[0]!.length >= 3);
  };

  // "Varan Telu" with no title, and "Telu said …", "Telu met …", "Telu will visit …", "Telu and Kasto signed …", "was received
  // by Telu", "Varan welcomed Telu" elsewhere in the body: the surname alone, the subject of a verb of speech or contact or a
  // side of a contact, says the full name is a person's (when no other full name of the article ends in it).
  const fullNames = mentions.flatMap((list, si) => list.filter((m): m is NameMention => m.kind === "name" && isFull(m) && !sents[si]?.title));
  const speaking = new Set(
    mentions.flatMap((list, si) =>
      list.flatMap((m) => (m.kind === "name" && !sents[si]?.title && m.first === m.last && (speaksAfter(sents[si]!.words, m.last) || contactSideBefore(sents[si]!.words, m.first)) ? [fold(m.name)] : [])),
    ),
  );
  for (const m of fullNames) {
    const surname = fold(nameWords(m.name).at(-1)!);
    if (m.evidence || !speaking.has(surname)) continue;
    if (new Set(fullNames.filter((o) => fold(nameWords(o.name).at(-1)!) === surname).map((o) => fold(o.name))).size === 1) m.evidence = true;
  }

  // "Departing Veldian Envoy Bids Trade Minister Farewell": a headline in title case capitalises its verbs and nouns too;
  // a lone word after a title there is a name only if the body writes it too.
  const body = sents.filter((s) => !s.title).map((s) => s.text).join("\n");
  const inBody = (name: string): boolean => new RegExp(`(?<!\\p{L})${escapeRegExp(name)}(?!\\p{L})`, "u").test(body);
  // So too two words after a title ("Orvanian Foreign Minister Thanks Veldia for Its Help", read30): a name the body writes in
  // full, or by its last word when that word is no country's name.
  const headlineOnly = (m: NameMention, si: number): boolean => {
    if (!sents[si]?.title || !isTitleCased(sents[si]!.words) || inBody(m.name)) return false;
    const last = nameWords(m.name).at(-1) ?? "";
    return !inBody(last) || countryOf(last) !== undefined;
  };
  // Pass 1: full names written with evidence, then lone names with a title ("President Xi").
  mentions.forEach((list, si) => {
    for (const m of list) {
      if (m.kind !== "name" || !m.evidence || !isFull(m) || headlineOnly(m, si)) continue;
      if (shortOf(m.name).length > 0 && findFull(m.name) < 0) continue;
      if (findFull(m.name) >= 0) continue;
      // "Mexico's López Obrador" in the headline, "President Andrés Manuel López Obrador" below: one person.
      const shorter = near(m.name).filter((i) => people[i]!.spellings.every((s) => nameWords(s).length < nameWords(m.name).length && isShortFormOf(s, m.name)));
      if (shorter.length === 1) {
        const person = people[shorter[0]!]!;
        person.spellings.unshift(m.name);
        person.name = m.name;
        file(shorter[0]!, m.name);
      } else create(m);
    }
  });
  mentions.forEach((list, si) => {
    for (const m of list) {
      if (m.kind !== "name" || isFull(m) || !(m.office || m.honorific) || /^\p{Lu}\./u.test(m.name)) continue;
      if (sents[si]?.title && !inBody(m.name)) continue;
      if (shortOf(m.name).length === 0 && findExact(m.name) < 0) create(m);
    }
  });
  // "… received by Tam Orlo, …" once and "President Orlo" elsewhere: a full name written with no title, whose last word is
  // the one name of a single person the article titles (the lone names made so far all have a title), is that person in full.
  mentions.forEach((list, si) => {
    for (const m of list) {
      if (m.kind !== "name" || m.evidence || !isFull(m) || sents[si]?.title || findFull(m.name) >= 0) continue;
      const surname = nameWords(m.name).at(-1)!;
      const titled = near(m.name).filter((i) => people[i]!.spellings.length === 1 && nameWords(people[i]!.spellings[0]!).length === 1 && fold(people[i]!.spellings[0]!) === fold(surname));
      if (titled.length !== 1) continue;
      const person = people[titled[0]!]!;
      person.spellings.unshift(m.name);
      person.name = m.name;
      file(titled[0]!, m.name);
    }
  });

  // "Liol, widely known as Venven", "Vime Liol, often referred to as Venven": the other name a person goes by.
  sents.forEach((sent, si) => {
    const list = mentions[si] ?? [];
    for (const m of list) {
      if (m.kind !== "name") continue;
      const comma = aliasComma(sent.words, m.first);
      const named = comma === undefined ? undefined : list.find((x): x is NameMention => x.kind === "name" && x.last === comma - 1);
      if (!named || fold(named.name) === fold(m.name)) continue;
      const person = isFull(named) ? findFull(named.name) : findExact(named.name) >= 0 ? findExact(named.name) : (shortOf(named.name).length === 1 ? shortOf(named.name)[0]! : -1);
      if (person < 0 || findExact(m.name) >= 0) continue;
      people[person]!.spellings.push(m.name);
      file(person, m.name);
    }
  });

  // "Varlo was named Foreign Secretary", "offered Varlo his congratulations": the surname of one person the article names
  // in full, which the tagger read as a verb or a noun, is that person.
  sents.forEach((sent, si) => {
    const list = mentions[si] ?? [];
    const extra = sent.words.flatMap((w, k): NameMention[] => {
      if (w.pos === "PROPN" || !/^\p{Lu}\p{Ll}+$/u.test(w.text) || list.some((m) => m.first <= k && m.last >= k)) return [];
      if (!isNameWord({ ...w, pos: "PROPN" }) || /^\p{Lu}/u.test(sent.words[k + 1]?.text ?? "") || /^\p{Lu}/u.test(sent.words[k - 1]?.text ?? "") || sent.words[k - 1]?.pos === "DET") return [];
      const one = shortOf(w.text);
      return one.length === 1 && people[one[0]!]!.spellings.some((s) => wordsWritten(w.text, s)) ? [{ kind: "name", first: k, last: k, name: w.text, evidence: false }] : [];
    });
    if (extra.length > 0) mentions[si] = [...list, ...extra].sort((a, b) => a.first - b.first);
  });

  // Pass 2: every mention in order.
  const refs: PersonRef[][] = sents.map(() => []);
  const owners: PersonRef[][] = sents.map(() => []);
  let previousSubject: number | undefined;
  /** The people the sentences before were about (their topics), most recent first: what "he" and "she" may stand for. */
  const topics: number[] = [];
  /** How many sentences so far were about each person (their topic), and so whom the article is about. */
  const topicCounts = new Map<number, number>();
  const principals: (number | undefined)[] = [];
  /** The person of the headline, else of the lead: the first sentence that is about someone (null: about two). */
  let lead: number | null | undefined;
  /** The sex the article's pronouns gave people, where their styles do not ("For her part, the Veldian diplomat …"). */
  const spoken = new Map<number, Gender>();
  const sexOf = (person: number): Gender | undefined => (people[person] ? genderOf(people[person]!) : undefined) ?? spoken.get(person);
  /** How often, and when last, each person was the first one a sentence names (its subject, as a rule). */
  const subjects: { count: number; last: number }[] = [];
  /** Pairs of people named in one sentence. */
  const together = new Set<string>();
  // The person each description ("the prime minister") last stood for, and where: said again in the next sentence, it stands for them again.
  const lastHolder = new Map<string, { person: number; si: number }>();
  /** Descriptions of an office holder no one named so far ("the Palestinian Ambassador to Egypt"). */
  const unnamed: { si: number; m: DescriptionMention }[] = [];
  sents.forEach((sent, si) => {
    principals.push(principalPerson(topicCounts, lead ?? undefined));
    const here = refs[si]!;
    const add = (person: number, m: Mention, via: PersonRef["via"]): void => {
      here.push({ person, first: m.first, last: m.last, via });
      lastSeen[person] = ++clock;
      const at = recent.indexOf(person);
      if (at >= 0) recent.splice(at, 1);
      recent.push(person);
      if (recent.length > RECENT_PEOPLE) recent.shift();
    };
    let list: { countries: string[]; next: number } | undefined;
    // (the sentence's clauses, read at its first subject pronoun)
    let clauseMap: ReturnType<typeof splitClauses> | undefined;
    for (const m of mentions[si] ?? []) {
      if (m.kind === "name") {
        let person = isFull(m) ? findFull(m.name) : findExact(m.name);
        let via: PersonRef["via"] = "name";
        if (person < 0) {
          // "handed to King Abdullah … by Minister Ahmed Abdul Aziz Venlo": one sentence naming someone in full
          // and by a short form that could be theirs names two people.
          const namedInFull = new Set((mentions[si] ?? []).flatMap((o) => (o !== m && o.kind === "name" && isFull(o) ? [findFull(o.name)] : [])));
          // ("Sultan Varan, King of Veldia" after "Prime Minister Orlo Varan": a monarch's one name is no one else's surname;
          // "Sultan Telu" is still "Sultan Telu bin Kestas")
          const royal = !!m.office && ROYAL_TITLE.test(m.office.title);
          const surnameOfCommoner = (c: number): boolean => fold(nameWords(people[c]!.name).at(-1) ?? "") === fold(m.name) && ![...people[c]!.offices.map((o) => o.title), ...people[c]!.honorifics].some((t) => ROYAL_TITLE.test(t));
          // ("read out by Minister of Trade Pim Dola, the deal will be signed when Minister Dola travels": the short form's office
          // agrees with the one named in full, so it is theirs, heldout89 x852)
          const otherPost = (c: number): boolean => !people[c]!.offices.some((o) => compatibleOffices(o.title, m.office!.title));
          const candidates = shortOf(m.name).filter((c) => !(m.office && namedInFull.has(c) && otherPost(c)) && !(royal && surnameOfCommoner(c)));
          if (candidates.length > 0) {
            // a family name two people share stands for the latest named ("met with Kim Orso. … Kim pointed out", a seed), but
            // a relative named in full later ("First Lady Mira Varan") does not take it over from the one it stood
            // for (heldout48 x509)
            const before = shortStood.get(fold(m.name));
            const latest = mostRecent(candidates, lastSeen);
            person = before !== undefined && candidates.includes(before) && (isRelative(people[latest]!) || kinNamed.has(latest)) ? before : latest;
            shortStood.set(fold(m.name), person);
            via = "short";
          }
        }
        if (m.listCountries) list = { countries: m.listCountries, next: 1 };
        const listTitle = m.office || m.listCountries ? undefined : listTitleBefore(sent, m.first) ?? colonListTitle(sents, si, m.first) ?? copulaListTitle(sent, m.first);
        if (listTitle && isFull(m)) {
          // The next name of "Kazakh and Kyrgyz presidents X and Y": the list's title, its next country.
          const country = list?.countries[list.next++];
          // (of "his Veldian and Orvanian counterparts, A and B": the post of the one whose counterparts they are, below)
          if (listTitle === "Counterpart") {
            m.counterpart = true;
            if (country) m.country = country;
          } else m.office = { title: listTitle, ...(country ? { country } : {}), from: "list" };
          if (person < 0) person = create(m);
        }
        if (person < 0 && m.evidence && (m.office || m.honorific || isFull(m)) && (isFull(m) || !sent.title || inBody(m.name)) && !headlineOnly(m, si)) person = create(m);
        if (person < 0) continue;
        if (kinBefore(sent.words, m.first)) kinNamed.add(person);
        record(people[person]!, m, si, via);
        if (via === "name") file(person, m.name);
        // "Varan \"Vari\" Telu": the name in quotes is one the person goes by, when it is no one else's.
        if (m.nickname && findExact(m.nickname) < 0 && !people[person]!.spellings.includes(m.nickname)) {
          people[person]!.spellings.push(m.nickname);
          file(person, m.nickname);
        }
        // (one with a post of their own, "…, who holds the trade portfolio", holds no other's)
        if (m.counterpart && !m.office) {
          // (whose counterpart: the one named nearest before, "A is to see B, and C will meet his counterpart D" C's)
          const other = here.filter((r) => r.last < m.first && r.person !== person).at(-1)?.person ?? here[0]?.person;
          const office = other !== undefined ? people[other]?.offices.find((o) => o.title) : undefined;
          if (office && other !== person) addOffice(people[person]!, counterpartOffice(office.title, si, m.country));
          else if (other !== undefined && other !== person) people[person]!.counterpartOf = { person: other, sentence: si, ...(m.country ? { country: m.country } : {}) };
        }
        add(person, m, via);
      } else if (m.kind === "handle") {
        const person = personOfHandle(people, m.handle);
        if (person >= 0) add(person, m, "handle");
      } else if (m.kind === "description") {
        // The people the sentence names, after the description too: "The Iranian minister … invited Rensa" is not Rensa.
        const named = (mentions[si] ?? []).flatMap((o) => (o.kind !== "name" ? [] : isFull(o) ? [findFull(o.name)] : [findExact(o.name), ...shortOf(o.name)])).filter((i) => i >= 0);
        // ("In his talks with X, the Veldian leader discussed …": the one "his" stands for may be the description's, not taken)
        const words = sents[si]!.words;
        const possessive = (r: PersonRef): boolean => r.via === "pronoun" && /^(?:his|her)$/i.test(words[r.first]?.text ?? "") && /^(?:NOUN|ADJ)$/.test(words[r.first + 1]?.pos ?? "");
        const taken = new Set(here.filter((r) => !possessive(r)).map((r) => r.person));
        const said = `${m.title}|${m.country ?? ""}|${m.organisation ?? ""}`;
        const last = lastHolder.get(said);
        const person = resolveDescription(people, recent, m, taken, here[0]?.person ?? previousSubject, together, subjects, new Set(named), last && si - last.si <= 1 ? last.person : undefined);
        if (person >= 0) {
          lastHolder.set(said, { person, si });
          // "the Maltese leader said he hoped …" of a Prime Minister no sentence gave a country: the description's country is theirs.
          const p = people[person]!;
          if (m.country && !m.organisation && !p.country && !p.offices.some((o) => o.organisation || o.country)) {
            p.country = m.country;
            for (const o of p.offices) if (!o.to) o.country = m.country;
          }
          add(person, m, "description");
        } else if (namesAnOffice(m)) unnamed.push({ si, m });
      } else if (m.object) {
        const previous = si > 0 && sents[si - 1]!.quote === undefined ? (refs[si - 1] ?? []).map((r) => r.person) : [];
        const person = resolveObjectPronoun(sent.words, m.first, here, topics, sexOf, previous);
        if (person !== undefined) add(person, m, "pronoun");
      } else {
        // "The same day he held talks with Mr Y": the one named next in the pronoun's own clause (its verb's object, as a rule) is
        // not the one it stands for ("He met Y, the first meeting for both X and …" may still be X's)
        const clauses = (clauseMap ??= splitClauses(sent.words));
        const next = (mentions[si] ?? []).find((o): o is NameMention => o.kind === "name" && o.first > m.first && clauses.of[o.first] === clauses.of[m.first]);
        const named = new Set(next ? [isFull(next) ? findFull(next.name) : findExact(next.name)].filter((i) => i >= 0).concat(shortOf(next.name)) : []);
        const resolved = resolvePronoun(sent.words, m.first, here, named.size ? topics.filter((p) => !named.has(p)) : topics, sexOf);
        // "When she met X, Telu said …": the subject of the main clause after the clause the pronoun opens, when the sex fits.
        const after = subjectAfterOpening(sent.words, m.first, mentions[si] ?? []);
        const found = after === undefined ? -1 : isFull(after) ? findFull(after.name) : findExact(after.name);
        const shortFor = after === undefined || found >= 0 ? [] : shortOf(after.name);
        const ahead = found >= 0 ? found : shortFor.length === 1 ? shortFor[0]! : -1;
        const fits = ahead >= 0 && !named.has(ahead) && (sexOf(ahead) ?? pronounGender(sent.words[m.first]!)) === pronounGender(sent.words[m.first]!);
        const person = fits ? ahead : fronted(sent.words, m.first, here) ?? resolved?.person;
        // "Telu … said she was glad": the subject a pronoun of its own sentence stands for is of the pronoun's sex.
        if (resolved?.basis === "subject" && resolved.person === person && sent.quote === undefined && !spoken.has(person)) spoken.set(person, pronounGender(sent.words[m.first]!));
        if (person !== undefined) add(person, m, "pronoun");
      }
    }
    for (let k = 0; k < sent.words.length; k++) {
      if (!possessiveAideAt(sent.words, k)) continue;
      const person = aideOwner(sent.words, k, here, topics, sexOf);
      if (person !== undefined) owners[si]!.push({ person, first: k, last: k, via: "pronoun" });
    }
    // "This evening the Prime Minister held a call with Mark Loven": not Loven, whom the sentence names apart.
    for (const r of [...here]) {
      if (r.via !== "description" || !here.some((o) => o !== r && o.person === r.person && o.via !== "description" && o.via !== "pronoun")) continue;
      const m = (mentions[si] ?? []).find((x) => x.kind === "description" && x.first === r.first);
      if (m?.kind === "description" && namesAnOffice(m)) {
        here.splice(here.indexOf(r), 1);
        unnamed.push({ si, m });
      }
    }
    const sex = sent.quote === undefined ? pronounsOfOne(sent.words, here) : undefined;
    const owner = sent.quote === undefined && !sex ? possessiveOfSubject(sent.words, here) : undefined;
    if (owner && !spoken.has(owner.person)) spoken.set(owner.person, owner.sex);
    if (sex && !spoken.has(here[0]!.person)) spoken.set(here[0]!.person, sex);
    // ("A, B and C were among those present": a list of three or more as the subject makes none of them the one "he" next stands for)
    const listed = new Set(mainSubjects(sent.words, here).map((r) => r.person)).size >= 3;
    const topic = sent.quote === undefined && !listed ? sentenceTopic(sent.words, here) : undefined;
    if (topic !== undefined) {
      topicCounts.set(topic, (topicCounts.get(topic) ?? 0) + 1);
      // "X and Y arrived in Varan": a lead about two people has no one principal.
      if (lead === undefined) lead = new Set(mainSubjects(sent.words, here).map((r) => r.person)).size > 1 ? null : topic;
      if (topics.includes(topic)) topics.splice(topics.indexOf(topic), 1);
      topics.unshift(topic);
      if (topics.length > RECENT_TOPICS) topics.pop();
    } else if (sent.quote === undefined && here.length > 0 && here.every((r) => r.person === here[0]!.person) && !/^(?:his|her)$/.test(sent.words[0]?.lower ?? "")) {
      // (not a sentence whose subject is the topic's own, "His first full day began with a lunch given by Y": "he" next is still the topic)
      // "The visit came a month after Varan's first contact with Tarsk. In August he received …": a sentence about no one in
      // particular that names one person only leaves them the one a pronoun next stands for.
      const one = here[0]!.person;
      if (topics.includes(one)) topics.splice(topics.indexOf(one), 1);
      topics.unshift(one);
      if (topics.length > RECENT_TOPICS) topics.pop();
    }
    if (here[0] && sent.quote === undefined) {
      previousSubject = here[0].person;
      const seen = (subjects[here[0].person] ??= { count: 0, last: -1 });
      seen.count++;
      seen.last = si;
    }
    for (const a of here) for (const b of here) if (a.person !== b.person) together.add(pairKey(a.person, b.person));
  });
  linkUnnamed(people, refs, unnamed, sents);
  for (const p of people) p.country ??= p.offices.find((o) => o.country)?.country;
  return { people, refs, principals, owners };
}

/**
 * The owner of "his" or "her" at `at` before an aide or a predecessor: the one named right before "and" or a comma ("Varan and
 * his predecessor Telu"), else the one the pronoun stands for, only when the article shows that person of the pronoun's sex
 * ("Telu said she …", "Ms Telu"): a predecessor given the wrong owner would hold a post they never held.
 */
function aideOwner(words: Word[], at: number, here: PersonRef[], topics: readonly number[], sexOf: (person: number) => Gender | undefined): number | undefined {
  const joined = /^(?:and|,)$/.test(words[at - 1]?.lower ?? "") ? here.find((r) => r.last === at - 2 && r.via !== "pronoun") : undefined;
  if (joined) return joined.person;
  const resolved = resolvePronoun(words, at, here, topics, sexOf);
  return resolved && sexOf(resolved.person) === pronounGender(words[at]!) ? resolved.person : undefined;
}

/**
 * Where the comma is that opens "X, widely known as Y" before the name at `first` ("known as",
 * "referred to as", "better known as", an adverb and an opening quote allowed), if the name is so introduced.
 */
function aliasComma(words: Word[], first: number): number | undefined {
  let k = first - 1;
  if (/^["“'‘]$/.test(words[k]?.text ?? "")) k--;
  if (words[k]?.lower !== "as") return undefined;
  k--;
  if (words[k]?.lower === "to" && words[k - 1]?.lower === "referred") k -= 2;
  else if (words[k]?.lower === "known") k--;
  else return undefined;
  while (words[k] && /^(?:widely|commonly|popularly|often|also|better|affectionately|simply|more)$/.test(words[k]!.lower)) k--;
  return words[k]?.text === "," ? k : undefined;
}

/** Words that open a clause set before the main one: "when X visited Y, he …". */
const FRONTED_OPENERS = new Set(["when", "after", "once", "as", "while", "before"]);

/**
 * "When she met X, Telu said …", "After he held talks with X, Telu flew on": the name that opens the main clause after the
 * clause of time a subject pronoun at `at` stands in, at the sentence's start (titles before the name, its verb right after).
 */
function subjectAfterOpening(words: Word[], at: number, mentions: readonly Mention[]): NameMention | undefined {
  // "In his later meeting with Y, Chung said …", "During her stay in Tarsk, Varan met …": a possessive in an opening phrase is the subject's.
  // (past the paragraph's leading white space, which the tokenizer keeps as a word)
  const start = words.findIndex((w) => w.pos !== "SPACE");
  const possessiveOpener = /^(?:in|during|at)$/.test(words[start]?.lower ?? "") && at === start + 1 && /^(?:his|her)$/.test(words[at]?.lower ?? "");
  if ((!FRONTED_OPENERS.has(words[start]?.lower ?? "") && !possessiveOpener) || at > start + 2) return undefined;
  let comma = at + 1;
  while (comma < words.length && !/^[,;:]$/.test(words[comma]!.text)) comma++;
  if (words[comma]?.text !== ",") return undefined;
  const next = mentions.find((o): o is NameMention => o.kind === "name" && o.first > comma);
  if (!next || !words.slice(comma + 1, next.first).every((w) => /^(?:PROPN|NOUN|ADJ|DET)$/.test(w.pos))) return undefined;
  const verb = words[next.last + 1];
  return verb && (verb.pos === "VERB" || verb.pos === "AUX") ? next : undefined;
}

/**
 * "Z said that when X visited Y, he and W held talks": a pronoun right after a clause set before its
 * own is that clause's subject (X), not the sentence's first person (Z).
 */
function fronted(words: Word[], at: number, here: PersonRef[]): number | undefined {
  if (words[at - 1]?.text !== ",") return undefined;
  let k = at - 2;
  while (k >= 0 && !FRONTED_OPENERS.has(words[k]!.lower) && !/^[,;:]$/.test(words[k]!.text)) k--;
  if (k < 0 || !FRONTED_OPENERS.has(words[k]!.lower)) return undefined;
  const first = here.find((r) => r.first > k && r.last < at - 1 && r.via !== "pronoun");
  // The clause's subject stands right after its opener (a title or two before the name).
  return first && words.slice(k + 1, first.first).every((w) => w.pos === "PROPN" || w.pos === "NOUN" || w.pos === "ADJ" || w.pos === "DET") ? first.person : undefined;
}

/**
 * The post of one's counterpart: a single title as written ("Foreign Secretary"), one role of a compound one: the first, but
 * the foreign minister's over a deputy's ("the Deputy Prime Minister and Foreign Minister … his Veldian counterpart"), the
 * post a counterpart in talks between two countries holds.
 * @example counterpartOffice("Deputy Prime Minister and Foreign Minister", 3, "Orvania") // { title: "Foreign Minister", country: "Orvania", … }
 */
function counterpartOffice(title: string, sentence: number, country: string | undefined): StatedOffice {
  const roles = officeRoles(title);
  const deputy = /^(?:deputy|vice|first deputy)\b/.test(roles[0] ?? "") && roles.includes("foreign minister");
  const role = roles.length > 1 ? (deputy ? "foreign minister" : roles[0]) : undefined;
  return { title: role ? normaliseTitle(role.split(" ")) : title, sentence, from: "counterpart", ...(country ? { country } : {}) };
}

/**
 * Gives each counterpart whose owner had no post when the sentence was read the owner's post as read since ("Telu, who took
 * over as Veldia's foreign minister this summer, … sat down with his Orvanian counterpart Varan": Varan is Orvania's foreign
 * minister), unless they hold a post of their own by then.
 * @example fillCounterpartOffices(found) // Varan: Foreign Minister, Orvania
 */
export function fillCounterpartOffices(found: ArticlePeople): void {
  for (const p of found.people) {
    const owner = p.counterpartOf ? found.people[p.counterpartOf.person] : undefined;
    const office = owner?.offices.find((o) => o.title);
    if (!p.counterpartOf || !office || p.offices.some((o) => o.title)) continue;
    addOffice(p, counterpartOffice(office.title, p.counterpartOf.sentence, p.counterpartOf.country));
  }
}

/** Of the `near` people (ascending), those with a longer spelling that `name` is a short form of. */
/** Offices one person holds at a time, whose holder a report may leave unnamed ("the Prime Minister", "the Saudi Crown Prince"). */
const SINGLE_OFFICES = /^(?:President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|King|Queen|Crown Prince|Emir|Amir|Chancellor|Premier|Ambassador|High Commissioner|Speaker|Secretary-General|Foreign Secretary|Secretary of State)$/;

/** Heads of state and government: "the Prime Minister" of a government's own release needs no country. */
const HEADS_OF_STATE = /^(?:President|Prime Minister|King|Queen|Crown Prince|Emir|Amir|Chancellor|Premier)$/;

/** A post its holder held before ("Former President", "then-Prime Minister"): no holder of it today. */
const heldBefore = (title: string): boolean => /^(?:former|ex-|then)\b/i.test(title);

/** A definite description of one office: "the Prime Minister", "the Palestinian Ambassador to Egypt". */
const namesAnOffice = (d: DescriptionMention): boolean => SINGLE_OFFICES.test(d.title) && !d.organisation;

/**
 * Descriptions no earlier name resolved: the article's one holder of that office if it names one
 * anywhere, else a person named by the office, so a meeting can count them ("the Prime Minister met …").
 */
function linkUnnamed(people: LocalPerson[], refs: PersonRef[][], unnamed: { si: number; m: DescriptionMention }[], sents: Sent[]): void {
  const byOffice = new Map<string, number>();
  // The sentence each person is first named in (a description this step resolves counts as naming them)
  const firstNamed = new Map<number, number>();
  refs.forEach((rs, si) => rs.forEach((r) => firstNamed.has(r.person) || firstNamed.set(r.person, si)));
  for (const { si, m } of unnamed) {
    const here = refs[si] ?? [];
    // "the Ambassador of Cuba, Inés Narli Olnarbra": the name set beside the description is its holder; not one a verb
    // or a preposition sets apart ("The Prime Minister received Varan", "the Prime Minister with Varan").
    const words = sents[si]?.words ?? [];
    // "the Emir, His Highness Sheikh Tamim …", "The UAE ambassador to the Maldives, Dr. Saeed …": a style before the name keeps it beside.
    const styled = (r: PersonRef): number => honorificStart(words, r.first) ?? r.first;
    // "the Ambassador of Cuba in Tarsk, Inés Olnarbra", "the ambassador to the Maldives, Dr. X": the place of the posting set off before the name is still beside it.
    const posting = (r: PersonRef): number => {
      const gap = words.slice(m.last + 1, r.first);
      const comma = gap.findIndex((w) => w.text === ",");
      const place = gap.slice(1, comma).filter((w, n) => n > 0 || w.lower !== "the");
      // an honorific may stand between the comma and the name ("…, H.E. Ms Olnarbra")
      const styledName = styled(r) === m.last + 2 + comma || (gap.length - comma <= 3 && gap.slice(comma + 1).every((w) => /^\p{Lu}/u.test(w.text)));
      return /^(?:in|to)$/.test(gap[0]?.lower ?? "") && place.length >= 1 && place.every((w) => w.pos === "PROPN") && styledName ? gap.length - 1 : 0;
    };
    const apart = (r: PersonRef): boolean => posting(r) === 0 && words.slice(m.last + 1, styled(r)).some((w) => w.pos === "VERB" || w.pos === "AUX" || w.pos === "ADP");
    const beside = here.find((r) => r.via !== "description" && r.first > m.last && (styled(r) <= m.last + 2 || r.first <= m.last + 2 + posting(r)) && !people[r.person]!.byOffice && !apart(r));
    if (beside) continue;
    // Someone the sentence names after the description is someone else ("the Prime Minister held a call with Mark Loven").
    // (not one a pronoun after it stands for: "Greeting the Taoiseach, the President said he had chosen …", heldout95 x901)
    const elsewhere = (i: number): boolean => !people[i]!.byOffice && !here.some((r) => r.person === i && r.first > m.last && r.via !== "pronoun");
    // ("his forthcoming visit to Australia … he is to hold meetings with the Governor-General, the Prime Minister, the Minister for
    // Foreign Affairs …": not a holder of that office of another country, named only later, heldout54 x593)
    const around = new Set([si - 1, si].flatMap((k) => (sents[k] ? sentCountries(sents[k]!).map((c) => c.country) : [])));
    const namedLater = (i: number): boolean => (firstNamed.get(i) ?? Infinity) > si;
    const countryOfHolder = (i: number): string | undefined => people[i]!.country ?? people[i]!.offices.find((o) => o.country)?.country;
    const elsewhereInScene = (i: number): boolean => around.size > 0 && namedLater(i) && countryOfHolder(i) !== undefined && !around.has(countryOfHolder(i)!);
    const holders = people.flatMap((p, i) =>
      elsewhere(i) && !elsewhereInScene(i) && p.offices.some((o) => !heldBefore(o.title) && compatibleOffices(o.title, m.title) && (!m.country || (o.country ?? p.country) === m.country)) ? [i] : [],
    );
    // "the Veldian Prime Minister" when the article names one Prime Minister whose country no sentence has given yet: that one
    // (countries are read after; a person named by the office beside the one named would be a second holder of one post).
    const unplaced = m.country && holders.length === 0 ? people.flatMap((p, i) => (elsewhere(i) && !p.byOffice && p.country === undefined && p.offices.some((o) => !o.country && !o.organisation && compatibleOffices(o.title, m.title)) ? [i] : [])) : [];
    if (unplaced.length === 1) holders.push(unplaced[0]!);
    // "the Algerian envoy" when the article names one Algerian, with no office: that one.
    const compatriots = m.country && holders.length === 0 ? people.flatMap((p, i) => (elsewhere(i) && p.country === m.country && p.offices.length === 0 ? [i] : [])) : [];
    const name = `${m.title}${m.country ? ` of ${m.country}` : ""}${m.to ? ` to ${m.to}` : ""}`;
    const office: StatedOffice = { title: m.title, sentence: si, ...(m.country ? { country: m.country } : {}), ...(m.to ? { to: m.to } : {}), from: "description" };
    let person = holders.length === 1 ? holders[0]! : -1;
    if (person < 0 && compatriots.length === 1) {
      person = compatriots[0]!;
      addOffice(people[person]!, office);
    }
    // No one holds it by name: a person named by the office (a head of state or government even with no country written).
    if (person < 0 && holders.length === 0 && compatriots.length === 0 && (m.country || HEADS_OF_STATE.test(m.title))) {
      person = byOffice.get(name) ?? -1;
      if (person < 0) {
        people.push({ name, spellings: [name], shortForms: [], offices: [office], honorifics: [], byOffice: true, ...(m.country ? { country: m.country } : {}) });
        person = people.length - 1;
        byOffice.set(name, person);
      }
    }
    if (person < 0 || here.some((r) => r.person === person)) continue;
    here.push({ person, first: m.first, last: m.last, via: "description" });
    if ((firstNamed.get(person) ?? Infinity) > si) firstNamed.set(person, si);
    here.sort((a, b) => a.first - b.first);
  }
}

/**
 * The people a short form may stand for: those whose names it is a short form of. One whose name holds each of its words as
 * written wins over one whose name holds them only a letter apart: in one article "Varis" is the Varis it names in full, not
 * its Varia Telu (one writer spells one person one way; other sources' spellings are linked across articles).
 * @example shortFormCandidates(people, near, "Varis") // [the Varis Kel of the article], not its Varia Telu too
 */
function shortFormCandidates(people: LocalPerson[], near: number[], name: string): number[] {
  const initialled = /^\p{Lu}\.\s/u.test(name);
  const found = near.filter((i) => people[i]!.spellings.some((s) => (nameWords(s).length > nameWords(name).length || initialled) && isShortFormOf(name, s)));
  const exact = found.filter((i) => people[i]!.spellings.some((s) => wordsWritten(name, s)));
  return exact.length > 0 ? exact : found;
}

/** Whether each word of a short form (but an initial) is a word of the name as written, whatever the case and accents. */
function wordsWritten(short: string, full: string): boolean {
  const words = new Set(nameWords(full).map(fold));
  return nameWords(short).every((w) => /^\p{Lu}\.$/u.test(w) || words.has(fold(w)));
}

/** A title that names someone by their kin: "First Lady", "the President's wife", "his son". */
const RELATIVE = /\b(?:first lady|first gentleman|wife|husband|spouse|widow|son|daughter|brother|sister|mother|father)\b/i;
const isRelative = (p: LocalPerson): boolean => p.offices.some((o) => RELATIVE.test(o.title));

/** "his sister Mira Varan", "her husband, Orlo Telu": a name right after a kin word of a possessive. */
const kinBefore = (words: Word[], first: number): boolean => {
  const at = words[first - 1]?.text === "," ? first - 2 : first - 1;
  return RELATIVE.test(words[at]?.lower ?? "") && /^(?:his|her|their)$/.test(words[at - 1]?.lower ?? "");
};

const mostRecent = (candidates: number[], lastSeen: number[]): number =>
  candidates.reduce((best, c) => ((lastSeen[c] ?? -1) > (lastSeen[best] ?? -1) ? c : best), candidates[0] ?? -1);

/** "presidents @A and Kim Jong-un": the plural title that opens the list the name is in. */
function listTitleBefore(sent: Sent, first: number): string | undefined {
  if (!/^(?:and|,)$/.test(sent.words[first - 1]?.lower ?? "")) return undefined;
  // Back over the names before it, their bracketed countries ("ambassadors A (Philippines), B (Venezuela) and @C") and whose
  // the office is ("the foreign ministers of Malta and Libya, A and @B").
  for (let k = first - 2; k >= Math.max(0, first - 40); k--) {
    const w = sent.words[k]!;
    if (isPluralOffice(w.lower)) return pluralTitleBefore(sent.words, k + 1);
    if (w.lower === "of" && isPluralOffice(sent.words[k - 1]?.lower ?? "")) continue;
    if (!/^(?:and|,|\(|\))$/.test(w.lower) && !w.text.startsWith("@") && !/^\p{Lu}/u.test(w.text) && !isParticle(w)) return ownersBefore(sent.words, k);
  }
  return undefined;
}

/**
 * "the speakers of the two chambers of parliament, A and B", "the foreign ministers of the two kingdoms, A and B": the plural
 * office whose own "of" and a short phrase in lower case, naming no one, end at `last` (heldout36 x324, heldout53 x573,
 * heldout79 x765).
 */
function ownersBefore(words: Word[], last: number): string | undefined {
  for (let j = last; j >= Math.max(1, last - 8); j--) {
    const w = words[j]!;
    if (w.lower === "of" && isPluralOffice(words[j - 1]!.lower)) return pluralTitleBefore(words, j);
    if (!/^(?:DET|NUM|ADJ|NOUN|ADP)$/.test(w.pos) || /^\p{Lu}/u.test(w.text)) return undefined;
  }
  return undefined;
}

/**
 * The title a sentence whose subject is a plural office gives each name of the list after its copula: "The envoys who
 * presented their credentials were @A of Veldia, @B of Orvane and @C", "The other ambassadors accredited that day were @D
 * of Tarsk and @E of Kestas"; not a subject that names someone ("The ministers Varan met were …" is no list of ministers'
 * posts of theirs alone) or a copula that says something else ("the ministers were joined by A").
 */
function copulaListTitle(sent: Sent, first: number): string | undefined {
  const words = sent.words;
  // Back from the name over the list before it ("A of Veldia, B of Orvane and") to the copula.
  let c = first - 1;
  while (c >= 0 && (/^(?:and|,|of|the|\(|\))$/.test(words[c]!.lower) || /^\p{Lu}/u.test(words[c]!.text) || isParticle(words[c]!))) c--;
  if (c < 1 || !/^(?:were|are)$/.test(words[c]!.lower)) return undefined;
  // The subject: a plural office opening the sentence ("The other envoys"), then words naming no one up to the copula.
  const p = words.findIndex((w, k) => k < c && isPluralOffice(w.lower));
  if (p < 0 || p > 4 || words.slice(0, p).some((w, k) => k > 0 && /^\p{Lu}/u.test(w.text)) || words.slice(p + 1, c).some((w) => /^\p{Lu}/u.test(w.text) || /^[,;:]$/.test(w.text))) return undefined;
  return pluralTitleBefore(words, p + 1);
}

/** The index of the last word before `end` that passes `test`, or -1. */
function lastBefore(words: Word[], end: number, test: (w: Word) => boolean): number {
  for (let k = Math.min(end, words.length) - 1; k >= 0; k--) if (test(words[k]!)) return k;
  return -1;
}

/**
 * The title a list announced by a plural office and a colon gives each of its names: "fruitful meetings with three more
 * foreign ministers: @A of Malaysia, B of Somalia and C", "The ambassadors accredited on Thursday were, in order of
 * presentation: - from the Kingdom of Morocco, @A;" (the lines of a list after the colon too), "the foreign ministers of
 * Veldia and Orvane — @A and B" (a dash).
 */
function colonListTitle(sents: Sent[], si: number, first: number): string | undefined {
  const sent = sents[si]!;
  const colon = lastBefore(sent.words, first, (w) => w.text === ":");
  if (colon >= 0) return pluralTitleBefore(sent.words, colon);
  // "met the foreign ministers of Veldia, Orvane and Telu — A, B and C": a dash right after the plural office's noun phrase
  // announces a list as a colon does (not "the ministers met in Veldia — A said"); a hyphen written with spaces round it
  // ("the foreign ministers of Veldia, Orvane and Telu - A, B and C -") is a dash typed on a keyboard.
  const dash = lastBefore(sent.words, first, (w) => /^(?:[—–]|--?)$/.test(w.text));
  if (dash >= 0) {
    let k = dash - 1;
    while (k >= 0 && !isPluralOffice(sent.words[k]!.lower) && (/^(?:PROPN|ADJ|DET|NUM|CCONJ)$/.test(sent.words[k]!.pos) || /^(?:of|,)$/.test(sent.words[k]!.lower))) k--;
    if (k >= 0 && isPluralOffice(sent.words[k]!.lower)) return pluralTitleBefore(sent.words, dash);
  }
  if (!LIST_LINE.test(sent.text)) return undefined;
  // The lines of a list, back to the sentence that announces it with a colon.
  for (let k = si - 1; k >= 0 && k >= si - 30; k--) {
    const line = sents[k]!;
    if (line.text.trimEnd().endsWith(":")) return pluralTitleBefore(line.words, line.words.length - 1);
    if (!LIST_LINE.test(line.text)) return undefined;
  }
  return undefined;
}

/**
 * The plural office that announces a list ending at `end` (its colon), with the office words before it ("foreign ministers"
 * → "Foreign Minister"): the last noun before the colon ("three more foreign ministers:"), or the subject of a copula whose
 * aside runs to the colon ("The ambassadors accredited on Thursday were, in order of presentation:"); not "the two
 * ministers were joined by their wives:".
 */
function pluralTitleBefore(words: Word[], end: number): string | undefined {
  let start = end - 1;
  const aside = lastBefore(words, end, (w) => w.text === ",");
  if (aside > 0 && /^(?:were|are)$/.test(words[aside - 1]!.lower) && !words.slice(aside + 1, end).some((w) => /^[,;:]$/.test(w.text))) start = aside - 2;
  // "Six other heads of government were in the room:", "Two foreign envoys were in the room:" (heldout90 x856, heldout64
  // x651): the subject of a copula and a short phrase of place
  else {
    const copula = lastBefore(words, end, (w) => /^(?:were|are)$/.test(w.lower));
    if (copula > 0 && end - copula <= 5 && words.slice(copula + 1, end).every((w) => /^(?:ADP|DET|NOUN|ADJ|ADV)$/.test(w.pos))) start = copula - 1;
  }
  for (let k = start; k >= 0; k--) {
    const w = words[k]!;
    if (/^[;.:]$/.test(w.text)) return undefined;
    if (!isPluralOffice(w.lower)) {
      if (w.pos === "NOUN" && !officeWordKind(w.lower)) return undefined;
      continue;
    }
    let from = k;
    while (from > 0 && officeWordKind(words[from - 1]!.lower) === "modifier") from--;
    // ("heads of government": the office's own "of" and portfolio after it)
    const to = words[k + 1]?.lower === "of" && officeWordKind(words[k + 2]?.lower ?? "") === "modifier" && k + 2 < end ? k + 2 : k;
    return normaliseTitle(words.slice(from, to + 1).map((x) => x.text));
  }
  return undefined;
}

function record(p: LocalPerson, m: NameMention, sentence: number, via: PersonRef["via"]): void {
  const known = p.spellings.some((s) => fold(s) === fold(m.name)) || p.shortForms.some((s) => fold(s) === fold(m.name));
  if (!known) {
    if (via === "short") p.shortForms.push(m.name);
    else p.spellings.push(m.name);
  }
  if (via === "name" && nameWords(m.name).length > nameWords(p.name).length) p.name = m.name;
  if (m.office) addOffice(p, { ...m.office, sentence });
  if (m.country && !m.counterpart) p.country ??= m.country;
  if (m.counterpart && m.country) p.country ??= m.country;
  if (m.honorific && !p.honorifics.includes(m.honorific)) p.honorifics.push(m.honorific);
}

function addOffice(p: LocalPerson, office: StatedOffice): void {
  const same = p.offices.find((o) => fold(o.title) === fold(office.title) && (o.country ?? office.country) === (office.country ?? o.country));
  if (same) {
    same.country ??= office.country;
    same.to ??= office.to;
    same.organisation ??= office.organisation;
    return;
  }
  // A bare "Minister" adds nothing to "Foreign and Expatriates Minister".
  if (!office.title.includes(" ") && p.offices.some((o) => o.title.endsWith(office.title))) return;
  p.offices.push(office);
}

function personOfHandle(people: LocalPerson[], handle: string): number {
  const h = fold(handle).replace(/[^a-z]/g, "");
  let best = -1;
  let bestLength = 4;
  people.forEach((p, i) => {
    for (const s of [...p.spellings, ...p.shortForms]) {
      for (const part of [s, ...nameWords(s)]) {
        const f = fold(part).replace(/[^a-z]/g, "");
        if (f.length > bestLength && h.includes(f)) {
          best = i;
          bestLength = f.length;
        }
      }
    }
  });
  return best;
}

/** The titles of one who reigns, whose one name is theirs alone: "King Varan", "Sultan Telu". */
const ROYAL_TITLE = /\b(?:king|queen|sultan|emir|amir|emperor|empress|pope)\b/i;

/** The offices a royal style alone stands for: "His Majesty" a monarch's, "His Highness" an emir's or a prince's. */
const ROYAL_STYLES = new Map([
  ["majesty", /\b(?:king|queen|sultan|emperor|empress)\b/i],
  ["highness", /\b(?:emir|amir|prince|princess|sheikh|sheikha)\b/i],
]);

function resolveDescription(
  people: LocalPerson[],
  recent: number[],
  d: DescriptionMention,
  taken: Set<number>,
  speaker: number | undefined,
  together: Set<string>,
  subjects: { count: number; last: number }[] = [],
  namedHere: Set<number> = new Set(),
  previousHolder?: number,
): number {
  const head = fold(d.title.split(" ").pop() ?? "");
  const countryOf = (p: LocalPerson | undefined): string | undefined => p?.country ?? p?.offices.find((o) => o.country)?.country;
  // "the President" stands for the holder today, not for "Former President Aldor" named for a visit years ago.
  const formerOnly = (title: string): boolean => heldBefore(title) && !heldBefore(d.title);
  const fits = (p: LocalPerson): boolean => {
    const country = countryOf(p);
    const offices = p.offices.filter((o) => !formerOnly(o.title));
    if (d.country && !(country !== undefined && sharesDemonym(country, d.country))) return false;
    if (d.organisation && !p.offices.some((o) => namesBody(o.organisation, d.organisation!))) return false;
    if (head === "counterpart" && !d.country) return false; // "his counterpart" alone names no one
    if (DETACHED_HEADS.has(head)) return p.offices.length > 0 || country !== undefined;
    // "the WFP chief": the one who heads the body those initials name (heldout97 x908, heldout68 x681)
    if (head === "chief" && d.organisation) return offices.some((o) => namesBody(o.organisation, d.organisation!) && BODY_HEAD.test(o.title));
    // "Veldia's Foreign Minister, Prince Aldor … the prince was received": the royal style he is addressed by names him too.
    if (p.honorifics.some((h) => fold(h).split(/[\s.]+/).includes(head))) return true;
    // "His Majesty" alone for the king or sultan whose style went with his title ("His Majesty Sultan Varan"), "His Highness" for the emir
    const royal = ROYAL_STYLES.get(head);
    if (royal) return offices.some((o) => royal.test(o.title));
    // (a body's president is no head of state: "President of the European Bank for Reconstruction and Development", heldout97 x912)
    if (d.title === HEAD_OF_STATE) return offices.some((o) => STATE_HEADS.test(o.title) && !o.organisation);
    if (d.title === HEAD_OF_GOVERNMENT) return offices.some((o) => GOVERNMENT_HEADS.test(o.title) && !o.organisation);
    // "the Veldian minister" is a minister, not the prime minister ("Deputy Ruler and Prime Minister" holds no other post of one).
    const premierOnly = (title: string): boolean => /\bprime minister\b/i.test(title) && !/\bminister\b/i.test(title.replace(/\bprime minister\b/gi, ""));
    if (fold(d.title) === "minister") return offices.some((o) => !premierOnly(o.title) && (compatibleOffices(o.title, d.title) || fold(o.title).split(" ").includes(head)));
    return offices.some((o) => compatibleOffices(o.title, d.title) || holdsTitleWords(o.title, d.title));
  };
  // Most recent first.
  let candidates = [...recent].reverse().filter((i) => !taken.has(i) && fits(people[i]!));
  // "EAM" (External Affairs Minister) of the one who holds that very title, not a Foreign Secretary whose post is like it
  const holdsExactly = (i: number): boolean => people[i]!.offices.some((o) => !formerOnly(o.title) && fold(o.title) === fold(d.title));
  const exact = candidates.filter(holdsExactly);
  if (exact.length > 0 && d.title.includes(" ")) candidates = exact;
  // (the holder already named in the sentence: "she called on A, and B called on EAM" is not another minister)
  else if (d.title.includes(" ") && recent.some((i) => taken.has(i) && holdsExactly(i))) return -1;
  // "the Veldian leader" is the one who heads a state or a government, "the departing envoy" the one who holds an envoy's post,
  // when one who fits holds it: not the foreign minister named beside them (else any official, whose post may be unread).
  const post = head === "leader" ? LEADER_OFFICE : head === "envoy" ? ENVOY_OFFICE : undefined;
  const holds = (i: number): boolean => !!post && people[i]!.offices.some((o) => !formerOnly(o.title) && post.test(o.title));
  const holding = candidates.filter(holds);
  // "a meeting with President Varan. … the Veldian leader recalled": the one holder of the post no sentence gave a country yet.
  const unplaced = post && holding.length === 0 && d.country ? recent.filter((i) => !taken.has(i) && !namedHere.has(i) && countryOf(people[i]) === undefined && holds(i)) : [];
  if (holding.length > 0) candidates = holding;
  else if (unplaced.length === 1) candidates = unplaced;
  // "the Greek minister" before any sentence gave Kestas his country: the one person of that office whose country is still
  // unknown, when no one of that country is known and no other of unknown country would fit.
  // Not when someone of that country is known ("the Iranian minister" for Iran's top diplomat, not a minister of unknown country).
  if (candidates.length === 0 && d.country && !d.organisation && head !== "counterpart" && !recent.some((i) => countryOf(people[i]) === d.country)) {
    const open = [...recent].reverse().filter((i) => !taken.has(i) && !namedHere.has(i) && countryOf(people[i]) === undefined && fits({ ...people[i]!, country: d.country }));
    // "the Maltese leader" of a Prime Minister and the ministers travelling with him: a leader heads a state or a government.
    const heads = head === "leader" ? open.filter((i) => people[i]!.offices.some((o) => !o.organisation && (STATE_HEADS.test(o.title) || GOVERNMENT_HEADS.test(o.title)))) : [];
    if (open.length === 1) candidates = open;
    else if (heads.length === 1) candidates = heads;
  }
  // "In turn, the Cuban official …": of several, the one named beside the person just speaking (their counterpart).
  const contrast = speaker !== undefined && d.country !== undefined && countryOf(people[speaker]) !== d.country;
  const beside = contrast ? candidates.find((c) => together.has(pairKey(c, speaker))) : undefined;
  // "King Abdullah asked the Saudi minister to greet King Salman. … the King received …": of several who fit, the
  // most salient, the one most often the subject of a sentence (the latest of those on a tie), not the last named.
  const rank = (c: number): [number, number] => [subjects[c]?.count ?? 0, subjects[c]?.last ?? -1];
  const more = (a: number, b: number): boolean => rank(a)[0] > rank(b)[0] || (rank(a)[0] === rank(b)[0] && rank(a)[1] > rank(b)[1]);
  // "… welcomed the prime minister at the airport. During his visit, the prime minister will …": the one it last stood for.
  const again = previousHolder !== undefined && candidates.length > 1 && candidates.includes(previousHolder) ? previousHolder : undefined;
  const salient = candidates.length > 1 ? candidates.reduce((best, c) => (more(c, best) ? c : best), candidates[0]!) : undefined;
  return beside ?? again ?? salient ?? candidates[0] ?? -1;
}

/**
 * Whether an office holds every word of a description's title: "the Prime Minister" is no "Foreign Minister of Veldia",
 * though both end in "minister"; "the deputy minister" is a "Deputy Foreign Minister".
 * @example holdsTitleWords("Prime Minister of Veldia", "Prime Minister") // true
 * @example holdsTitleWords("Foreign Minister of Veldia", "Prime Minister") // false
 */
function holdsTitleWords(office: string, title: string): boolean {
  const words = (t: string): string[] => fold(t).replace(/\bvice\b/g, "deputy").split(/[^a-z]+/).filter(Boolean);
  const held = new Set(words(office));
  return words(title).every((w) => held.has(w));
}

const pairKey = (a: number, b: number): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
