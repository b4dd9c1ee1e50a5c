/**
 * @module Titles around a name: the office, country, honorific and institution written before a name
 * ("Kenya's Foreign Minister Dr. X", "Secretary General of the Organization of Turkic States X") or
 * after it (", the chairman of …,").
 */
import { countryOf, countryOfCity, findCountries, isCountryWord } from "../nlp/countries";
import { isOfficeHead, isPluralOffice, normaliseTitle, officeWordKind } from "../nlp/offices";
import { countryOfBody, unionOfBody } from "../nlp/national-bodies";
import type { NameMention, OfficeDraft } from "./mentions";
import type { Word } from "./segment";
import { FUNCTION_CAPITALS, MONTHS, ORGANISATION_WORDS, VENUE_HEADS, WEEKDAYS } from "../nlp/vocab";
import { honorificLength, honorificStart, isAcronym, isCodeName, isHonorific, isNameWord, isPlaceWord, isPossessive, STATE_FORMS } from "./word-kinds";

/** Title words that are also given names when an office comes right before them. */
const GIVEN_NAME_TITLES: ReadonlySet<string> = new Set(["Amir", "Sultan", "Malik"]);

/** Words of a style of address that look like names ("His Majesty Sultan X", "Her Highness Amir Y"): the title after them is a title. */
const STYLE_WORDS = /^(?:Majesty|Highness|Excellency|Eminence|Holiness|Royal|Grace)$/;

/** An institution that is the state itself: "President of the Republic", "Head of State". */
const STATE_ITSELF = /^(?:the\s+)?(?:Republic|Nation|State|Country|Kingdom)$/i;

/** A word before a title that puts the post in the past: "former", "then", "ex". */
const PAST_TENURE = /^(?:former|then|ex)$/i;

/** Words that date an office rather than name it ("Kenya's new High Commissioner"). */
const TENURE_WORDS: ReadonlySet<string> = new Set(["new", "newly", "incoming", "outgoing", "departing", "caretaker", "interim"]);

/** A head of state's or government's spouse's title, written before the spouse's name: "First Lady X", "First Gentleman Y". */
export const SPOUSE_TITLE = /^First (?:Lady|Gentleman)$/i;

/** The heads of an envoy's title, the post that "in" a place tells where one serves ("Veldia's Ambassador in Tarsk"). */
const ENVOY_HEADS = /^(?:ambassador|ambassadors|commissioner|envoy|nuncio|(?:d['’])?affaires)$/i;

/**
 * How many words a country or a city of the gazetteer takes at `k` ("Kenya", "the Philippines", "South Africa", "Nairobi"), after
 * "in" behind an envoy's title: "Veldia's Ambassador in Orvane, X", "the Veldian High Commissioner in Tarsk Y" serve there.
 */
function postedIn(words: Word[], k: number): { country: string; length: number } | undefined {
  const at = words[k]?.lower === "the" ? k + 1 : k;
  const w = words[at];
  if (!w || !/^\p{Lu}/u.test(w.text)) return undefined;
  const several = countryAt(words, at) ?? cityAt(words, at);
  const one = several ? undefined : countryOf(w.text) ?? countryOfCity(w.text);
  const country = several?.country ?? one;
  return country ? { country, length: at - k + (several?.length ?? 1) } : undefined;
}

/** A city of two or three capitalised words at `k` ("Nova Tarsk", "San Orvel de Kel") and its country. */
function cityAt(words: Word[], k: number): { country: string; length: number } | undefined {
  for (const n of [3, 2]) {
    const slice = words.slice(k, k + n);
    if (slice.length !== n || !slice.every((w) => /^\p{Lu}/u.test(w.text))) continue;
    const country = countryOfCity(slice.map((w) => w.text).join(" "));
    if (country) return { country, length: n };
  }
  return undefined;
}

/**
 * Where the envoy's title ends when the words ending at `end` tell where the envoy serves ("in Orvane", "in the Philippines"),
 * after an envoy's title: "Veldia's Ambassador in Orvane, X", "the Veldian High Commissioner in Tarsk Y".
 */
function postingStart(words: Word[], end: number): number | undefined {
  let start: number | undefined;
  for (let at = end; at >= end - 3 && at >= 2; at--) {
    if (words[at - 1]?.lower === "in" && envoyEndsAt(words, at - 2) && postedIn(words, at)?.length === end - at + 1) start = at - 2;
  }
  return start;
}

/** Whether an envoy's title ends at `k`: its head, or "of" and the country that sends it ("the Ambassador of the Republic of Veldia"). */
function envoyEndsAt(words: Word[], k: number): boolean {
  let h = k;
  while (h > 0 && (isCountryWord(words[h]!.text) || STATE_FORMS.has(words[h]!.lower) || /^(?:of|the)$/.test(words[h]!.lower)) && h > k - 6) h--;
  return ENVOY_HEADS.test(words[h]?.lower ?? "") && (h === k || words[h + 1]?.lower === "of");
}

/**
 * How many words (two to four) end at index `k` and name a country together ("Saudi Arabia", "United States of America",
 * "Papua New Guinea", "Trinidad and Tobago"); with `starting`, the words start at `k` instead.
 */
function countryEndingAt(words: Word[], k: number, starting = false): number | undefined {
  for (let n = 4; n >= 2; n--) {
    const from = starting ? k : k - n + 1;
    if (from < 0) continue;
    const slice = words.slice(from, from + n);
    if (slice.length !== n || !/^\p{Lu}/u.test(slice[0]!.text) || !/^\p{L}/u.test(slice[n - 1]!.text)) continue;
    if (countryOf(slice.map((w) => w.text).join(" "))) return n;
  }
  return undefined;
}

/**
 * Whether the words ending at `k` are the end of an office title: office words back to a head
 * ("Minister", "Minister of Health", "Minister of Foreign Affairs and International Cooperation").
 */
function endsTitle(words: Word[], k: number): boolean {
  for (let m = k; m >= 0 && officeWordKind(words[m]!.lower); m--) if (isOfficeHead(words[m]!.text)) return true;
  return false;
}

/**
 * Whether the "the" at `k`, after "of", opens a title that the "of" ties to a word outside it ("the visit to Orvane of the
 * Vice President of Veldia, X"): office words follow it and no office word or form of state comes before the "of"
 * (unlike "the Minister of the Interior", "the President of the Republic").
 */
function ofBeforeTitle(words: Word[], k: number): boolean {
  const before = words[k - 2];
  if (words[k]!.lower !== "the" || words[k - 1]?.lower !== "of" || !before) return false;
  const next = officeWordKind(words[k + 1]?.lower ?? "");
  return !!next && next !== "connector" && !officeWordKind(before.lower) && !STATE_FORMS.has(before.lower);
}

/** The "'s" of "People's" at `k` ("the People's Republic of …"), which the tokenizer writes apart. */
const peoples = (words: Word[], k: number): boolean => isPossessive(words[k]) && words[k - 1]?.lower === "people";

/** An apostrophe standing alone, the possessive of a name ending in "s" ("the Bahamas' ambassador"). */
const bareApostrophe = (w: Word): boolean => /^['’]$/.test(w.text);

/** Royal styles that are a form of address when an office precedes them ("Foreign Minister Prince X"). */
const ROYAL_STYLES: ReadonlySet<string> = new Set(["prince", "princess", "sheikh", "sheikha", "emir"]);

/**
 * The country named by the one to three words from index `k` ("Saudi Arabia").
 * @example countryAfter(words("of Saudi Arabia"), 1) // "Saudi Arabia"
 */
export function countryAfter(words: Word[], k: number): string | undefined {
  for (let n = 3; n >= 1; n--) {
    const phrase = words.slice(k, k + n).map((w) => w.text).join(" ");
    const country = countryOf(phrase);
    if (country && words.slice(k, k + n).length === n) return country;
  }
  return undefined;
}

/**
 * Reads honorific, office, country and "to <country>" written before a name into the mention.
 * @example readPrefix(words, 3, mention) // "Cuban Ambassador to Kenya X" → office { title: "Ambassador", country: "Cuba", to: "Kenya" }
 */
export function readPrefix(words: Word[], first: number, mention: NameMention): void {
  // "foreign minister Amir Khan Morne": "Amir" right after an office is a given name, not a second title.
  const given = words[first - 1];
  // ("Minister Engr Amir Morne": so too right after a style)
  if (given && GIVEN_NAME_TITLES.has(given.text) && ((isOfficeHead(words[first - 2]?.text ?? "") && mention.last > first) || (!!words[first - 2] && isHonorific(words[first - 2]!)))) {
    mention.first = first - 1;
    mention.name = `${given.text} ${mention.name}`;
    first -= 1;
  } else if (given?.text === "Amir" && isNameWord(words[first - 2]) && !STYLE_WORDS.test(words[first - 2]!.text) && !isCountryWord(words[first - 2]!.text) && !isNameWord(words[first - 3])) {
    // "his Veldian counterpart Orvel Amir Kestas": between a given name and the surname, "Amir" is one of the names too.
    mention.first = first - 2;
    mention.name = `${words[first - 2]!.text} ${given.text} ${mention.name}`;
    first -= 2;
  }
  if (postBeforeRank(words, first, mention)) return;
  let j = first - 1;
  // "Prime Minister Datuk Seri Rili", "H.E. Mr. X", "His Majesty King X": the honorifics, as written, are not the name;
  // "Lebanon's caretaker Prime Minister, H.E. Dr. Hassan Rime,": they come after the comma.
  const readStyle = (): void => {
    // "the Veldian Ambassador to Orvania, Prince X,", "Veldia's Foreign Minister, Prince Aldor …,": a royal style right
    // after the comma that closes a title is how the holder is addressed.
    if (ROYAL_STYLES.has(words[j]?.lower ?? "") && /^\p{Lu}/u.test(words[j]!.text) && words[j - 1]?.text === ",") {
      mention.honorific ??= words[j]!.text;
      mention.evidence = true;
      j -= 1;
      return;
    }
    const styled = honorificStart(words, j + 1);
    if (styled === undefined) return;
    mention.honorific ??= words.slice(styled, j + 1).map((w) => w.text).join(" ").replace(/ (['’])(?= |$)/g, "$1");
    mention.evidence = true;
    j = styled - 1;
  };
  readStyle();
  // "the Ambassador of Hungary to Kazakhstan, Zoltan Varga, …": a title closed off by commas; "his Veldian counterpart at
  // the time, X", "the foreign minister at the time, Y": a title held then, the aside before its comma.
  const then = words[j]?.text === "," && atTheTime(words, j - 1);
  const comma = then ? j - 3 : j;
  const beforeComma = words[comma - 1];
  // "the foreign ministers of Malta and Libya, X and Y": a plural title closed off by a comma opens a list of names.
  const listed = words[mention.last + 1]?.lower === "and" && words.slice(Math.max(0, comma - 7), comma).some((w) => isPluralOffice(w.lower));
  const closed = /^[,.;]$/.test(words[pastAside(words, mention.last + 1)]?.text ?? ".") || listed;
  // "Brunei's Minister of Health, Dato Seri Setia Dr Mohammad Losel Narta,": a title of several words ends there too, before a full name.
  const titleEnd =
    beforeComma &&
    (officeWordKind(beforeComma.lower) === "head" ||
      oppositeNumberAt(words, comma - 1) ||
      (officeWordKind(beforeComma.lower) === "modifier" && (isOfficeHead(words[comma - 2]?.text ?? "") || (mention.last > mention.first && endsTitle(words, comma - 1)))));
  if (words[j]?.text === "," && beforeComma && closed && (titleEnd || isCountryWord(beforeComma.text) || countryEndingAt(words, comma - 1) || postingStart(words, comma - 1) !== undefined)) j = comma - 1;
  else if (then) return;
  // "the Secretary-General of the United Nations, António Guterres,"
  else if (words[j]?.text === "," && beforeComma && closed && /^\p{Lu}/u.test(beforeComma.text) && readOrganisationTitle(words, comma - 1, mention)) return;
  // "the chief executive of the country's port authority, X", "the Chargé d'Affaires of the Veldian Department of Trade (VDT), Y":
  // the comma closes the institution, so its name may hold lower-case words and an acronym in brackets.
  else if (words[j]?.text === "," && beforeComma && closed && readOrganisationTitle(words, comma - 1, mention, true)) return;
  readStyle();
  const end = j;
  // "Veldia's Ambassador in Orvane, X", "the Veldian High Commissioner in Tarsk Y": where an envoy serves, as "to Orvane" tells it.
  j = postingStart(words, end) ?? j;
  // "Ambassador of Veldia to the Sultanate of Orvania, X", "… to the State of Tessaria, Prince Y": a posting written with its
  // form of state is where the envoy serves, never whose the holder is
  for (let t = end - 3; t >= end - 7 && t >= 1; t--) {
    if (words[t]!.lower === "to" && postedStateAt(words, t + 1)?.length === end - t) {
      j = t - 1;
      break;
    }
  }
  // whether the words from `k` to the title's end are a leader's title ("President", "Prime Minister")
  const leaderFrom = (k: number): boolean => LEADER_TITLE.test(words.slice(k, end + 1).map((x) => x.text).join(" "));
  while (j >= 0) {
    const w = words[j]!;
    const kind = officeWordKind(w.lower);
    const several = countryEndingAt(words, j);
    // "co-chaired the session for Veldia and Foreign Secretary X for Orvane": a country before "and" and one post is the end
    // of another phrase ("Veldian and Orvanian Foreign Ministers X and Y" is the plural's list of countries)
    if (w.lower === "and" && j < end && !words.slice(Math.max(0, j - 6), end + 1).some((x) => isPluralOffice(x.lower)) && words[j - 1] && (isCountryWord(words[j - 1]!.text) || countryEndingAt(words, j - 1))) break;
    // "South African President X": a country of several words, though its last word may be a portfolio's ("for African Affairs")
    if (kind === "modifier" && several && words[j + 1]?.lower !== "of") j -= several;
    else if (j === end && oppositeNumberAt(words, j)) j -= 2;
    // "the special envoy of President X", "the representative of King Y": a leader's title right after "of" is the name's own;
    // the aide's post before it is someone else's.
    else if (w.lower === "of" && j < end && /^\p{Lu}/u.test(words[j + 1]!.text) && leaderFrom(j + 1)) break;
    // "Secretary-General to the President X", "Chief of Staff to the Prime Minister Y": a post in a leader's office, the name's.
    else if (w.lower === "the" && j < end && words[j - 1]?.lower === "to" && isOfficeHead(words[j - 2]?.text ?? "") && leaderFrom(j + 1)) j -= 2;
    // "The President and First Lady X met …": a spouse's title is theirs alone; the post before "and" is the other spouse's.
    else if (w.lower === "and" && SPOUSE_TITLE.test(words.slice(j + 1, end + 1).map((x) => x.text).join(" "))) break;
    else if (kind === "head" || kind === "modifier" || (kind === "connector" && j < end)) j--;
    // "the visit to Orvane of the Vice President of Veldia, X": a country is never followed by "of" inside a title
    // ("Veldia's Vice President", "Veldian Vice President", "Vice President of Veldia"), so one that is stands outside it.
    else if ((several || isCountryWord(w.text)) && words[j + 1]?.lower === "of") break;
    else if (several) j -= several; // "South African", "Papua New Guinea", "Trinidad and Tobago"
    else if (isCountryWord(w.text) && !/^\p{Ll}/u.test(w.text)) j--;
    else if (isPossessive(w) && countryEndingAt(words, j - 1)) j -= 1 + countryEndingAt(words, j - 1)!; // "Saudi Arabia's"
    else if (isPossessive(w) && words[j - 1] && isCountryWord(words[j - 1]!.text)) j -= 2;
    // "the Philippines' new envoy to Tarsk, X", "the Netherlands' Minister of Trade, Y", "the Maldives' Z": the possessive of a
    // name ending in "s" is an apostrophe alone.
    else if (bareApostrophe(w) && /s$/.test(words[j - 1]?.text ?? "") && (countryEndingAt(words, j - 1) || isCountryWord(words[j - 1]!.text))) j -= 1 + (countryEndingAt(words, j - 1) ?? 1);
    // "Ambassador to Veldia", "Ambassador of Orvania to Veldia": "to" after a title or its country; not "talk to U.S. President X".
    // "Ambassador to the United States, X": the article of a country's name after "to".
    else if (w.lower === "the" && j < end && words[j - 1]?.lower === "to" && words[j + 1] && (isCountryWord(words[j + 1]!.text) || countryEndingAt(words, j + 1, true))) j--;
    else if (w.lower === "to" && j < end && words[j + 1] && (isCountryWord(words[j + 1]!.text) || countryEndingAt(words, j + 1, true) || (words[j + 1]!.lower === "the" && words[j + 2] && (isCountryWord(words[j + 2]!.text) || countryEndingAt(words, j + 2, true)))) && ((officeWordKind(words[j - 1]?.lower ?? "") && officeWordKind(words[j - 1]!.lower) !== "connector") || isCountryWord(words[j - 1]?.text ?? "") || countryEndingAt(words, j - 1) || countryAbbreviationAt(words, j - 1))) j--;
    // "Kenya's new High Commissioner, Risa": words that date an office, not part of its title.
    else if (TENURE_WORDS.has(w.text) && j < end && officeWordKind(words[j + 1]?.lower ?? "")) j--;
    // "Saudi Crown Prince, Deputy Prime Minister and Minister of Defense Prince X": offices listed with commas.
    else if (w.text === "," && j < end && isOfficeHead(words[j - 1]?.text ?? "") && officeWordKind(words[j + 1]?.lower ?? "") && officeWordKind(words[j + 1]!.lower) !== "connector") j--;
    // "Tourism, Arts and Culture Minister X", "Trade, Industry and Competition Minister Y": a portfolio listed with commas
    // before the head, each capitalised, the list closed by "and".
    else if (w.text === "," && j < end && listedPortfolioWord(words[j - 1]) && listedPortfolioWord(words[j + 1]) && words.slice(j + 1, end).some((x) => x.lower === "and")) j--;
    // "UN Secretary-General"; not "King Karl VI and President X", a name's numeral and "and" before another title
    else if ((isAcronym(w.text) || isCodeName(w.text)) && j < end && officeWordKind(words[j + 1]?.lower ?? "") && officeWordKind(words[j + 1]!.lower) !== "connector") j--;
    // "Ambassador of the United Arab Emirates (UAE) to Veldia, X": a country's abbreviation in brackets after its name, an aside
    else if (j < end && countryAbbreviationAt(words, j)) j -= 3;
    // "of the Republic of"; not the "of" that ties a title to what comes before it ("the visit to Orvane of the Vice President of Veldia, X")
    else if (STATE_FORMS.has(w.lower) && j < end && (words[j - 1]?.lower === "of" || STATE_FORMS.has(words[j - 1]?.lower ?? "") || peoples(words, j - 1)) && !ofBeforeTitle(words, j)) j--;
    // "of the People's Republic of China": the "People's" of a state's name, written as two words
    else if (peoples(words, j) && j < end && STATE_FORMS.has(words[j + 1]?.lower ?? "")) j -= 2;
    else break;
  }
  // "Orvane Assembly Speaker X", "Veldia Motor Group Chair Y": the institution whose title it is, written before it.
  const body = j < end ? institutionBefore(words, j, words[end]!) ?? ownerInstitution(words, j) : undefined;
  // "Haru Yorri, Japan's ambassador to China, Sora Kanasi, director general of …": in a list of names each followed by
  // its title, the title between two names is the earlier one's.
  const opener = words[j];
  if (words[end + 1]?.text === "," && opener?.text === "," && isNameWord(words[j - 1]) && !officeWordKind(words[j - 1]!.lower) && titleFollows(words, mention.last)) return;
  // (a country's abbreviation in brackets left out; "People" and its "'s" read as the one state form "People's")
  const aside = new Set(words.slice(j + 1, end + 1).flatMap((w, n) => (w.text === "(" && countryAbbreviationAt(words, j + n + 3) ? [j + 1 + n, j + 2 + n, j + 3 + n] : [])));
  const prefix = words.slice(j + 1, end + 1).flatMap((w, n) => (aside.has(j + 1 + n) ? [] : (peoples(words, j + 1 + n) ? [] : words[j + 2 + n] && peoples(words, j + 2 + n) ? [{ ...w, text: `${w.text}'s`, lower: "people's" }] : [w]))).filter((w) => !TENURE_WORDS.has(w.text));
  while (prefix[0] && (officeWordKind(prefix[0].lower) === "connector" || prefix[0].text === ",")) prefix.shift();
  if (oppositeNumberAt(words, end) && prefix.length >= 2) prefix.splice(-2, 2, { ...words[end]!, text: "counterpart", lower: "counterpart" });
  // "the Defence Force Commander, Major-General Varan" (read16): an officer's rank after a post and its comma is how he is
  // addressed, not a second post.
  if (prefix.length >= 3 && RANKS.test(prefix.at(-1)!.text) && prefix.at(-2)!.text === ",") {
    mention.honorific ??= prefix.at(-1)!.text;
    prefix.splice(-2, 2);
  }
  // "Foreign Minister Prince Aldor": a royal style after an office is how he is addressed, not a second post.
  const style = prefix[prefix.length - 1];
  const before = prefix[prefix.length - 2];
  if (style && before && ROYAL_STYLES.has(style.lower) && officeWordKind(before.lower) && officeWordKind(before.lower) !== "connector" && before.lower !== "crown") {
    mention.honorific ??= style.text;
    prefix.pop();
  }
  // "the Speaker of the Council of Representatives, X": an institution named by a plural office ("of Representatives",
  // "of Ministers") is no title of its own; the title is the one before the institution.
  const institution = words[j + 1]?.lower === "of" && /^\p{Lu}/u.test(words[j]?.text ?? "") && !officeWordKind(words[j]!.lower);
  if ((institution || !prefix.some((w) => isOfficeHead(w.text))) && readOrganisationTitle(words, end, mention)) return;
  if (prefix.length === 0) return;
  const office = readOffice(prefix);
  // "his Malaysian counterpart, Tourism, Arts and Culture Minister X": the counterpart in apposition to the title, of its country.
  const apposed = /^(?:Counterpart|Colleague), (.+)$/.exec(office.title ?? "");
  if (apposed) office.title = apposed[1]!;
  // "the Cuban delegation … includes the country's Deputy Foreign Minister X": the sentence's first country (its topic).
  if (!office.country && isPossessive(words[j]) && words[j - 1]?.lower === "country") {
    const earlier = words.slice(0, j - 1).find((w) => isCountryWord(w.text) && /^\p{Lu}/u.test(w.text));
    if (earlier) office.country = countryOf(earlier.text);
  }
  const det = words[j];
  if (office.title === "Counterpart") {
    mention.counterpart = true;
    mention.evidence = true;
    if (office.country) mention.country = office.country;
    // "his Veldian and Orvanian counterparts, A and B": the next names of the list are counterparts too, of the next countries.
    if (prefix.some((w) => /^counterparts$/i.test(w.text))) {
      mention.listTitle = office.title;
      mention.listCountries = prefix.flatMap((w) => (/^\p{Lu}/u.test(w.text) && countryOf(w.text) ? [countryOf(w.text)!] : []));
    }
    return;
  }
  // "the foreign ministers of Malta and Libya, X and Y": the plural office, then only whose it is.
  const plural = prefix.findIndex((w) => isPluralOffice(w.lower));
  const whose = plural >= 0 && prefix[plural + 1]?.lower === "of" && prefix.slice(plural + 2).every((w) => /^(?:and|,|the)$/.test(w.lower) || isCountryWord(w.text) || /^\p{Lu}/u.test(w.text));
  if (office.title && (isPluralOffice(prefix[prefix.length - 1]?.lower ?? "") || whose)) {
    // "Kazakh and Kyrgyz presidents X and Y": the title for each, the countries in order.
    mention.listTitle = office.title;
    mention.listCountries = prefix.map((w) => (/^\p{Lu}/u.test(w.text) ? countryOf(w.text) : undefined)).filter((c): c is string => c !== undefined);
    mention.office = { title: office.title, ...(mention.listCountries[0] ? { country: mention.listCountries[0] } : {}), from: "list" };
    mention.evidence = true;
    return;
  }
  if (office.title) {
    // "Veldia's foreign minister X", "the Ambassador of Veldia, X,": how the title before the name is tied to it.
    const from = words.slice(end + 1, first).some((w) => w.text === ",") ? "title-comma" : prefix.some((w) => isPossessive(w)) ? "possessive" : "title";
    // "Former Veldian President A", "the then Prime Minister, A": a post held before, not now; not the "then" of a sequence
    // ("met envoy A and then President B", "called on President A …, and then Prime Minister B": exchange59b x754, x755)
    const sequence = det?.lower === "then" && words[j - 1]?.lower === "and";
    const draft: OfficeDraft = { title: (then || (PAST_TENURE.test(det?.text ?? "") && !sequence)) && !/^former\b/i.test(office.title) ? `Former ${office.title}` : office.title, from };
    if (body && !office.country && !office.organisation) {
      draft.organisation = body;
      draft.from = "organisation";
      const inside = countryInOrganisation(body);
      if (inside) draft.country = inside;
    }
    if (office.country) draft.country = office.country;
    if (office.to) draft.to = office.to;
    if (office.organisation) draft.organisation = office.organisation;
    // "State Department spokesman X", "the MEA spokesperson, X", "Kremlin spokesman Y": a body of one state in the title, or
    // right before it (a body's name of one word before a lower-case post is no part of the title read)
    const named = draft.country || draft.to ? undefined : countryOfBody(`${office.title} ${office.organisation ?? ""}`) ?? bodyBefore(words, j);
    if (named) draft.country = named;
    // "Croatia's head of government, Prime Minister X" (read21), "Japan's envoy in Koror, Ambassador Y" (read17): the country
    // whose post the description before the comma names.
    const described = draft.country || draft.to || draft.organisation ? undefined : describedCountryBefore(words, j);
    if (described) draft.country = described;
    mention.office = draft;
    mention.evidence = true;
  } else if (office.country && (det?.lower === "from" || (det?.lower === "the" && words[j - 1]?.lower === "from")) && prefix.every((w) => isCountryWord(w.text) || STATE_FORMS.has(w.lower) || w.lower === "of" || /^\p{Lu}/u.test(w.text))) {
    // "- from the Kingdom of Morocco, Dubra Brame;": envoys listed by the country they come from.
    mention.country = office.country;
    mention.evidence = true;
  } else if (office.country && (prefix.every((w) => isCountryWord(w.text) || isPossessive(w) || bareApostrophe(w)) || (isPossessive(prefix.at(-1)) && countryOf(prefix.slice(0, -1).map((w) => w.text).join(" ")) === office.country))) {
    // "Kenya's X", "South Africa's Y", "the Netherlands' Z": a country of one word or several, and its possessive
    if (det?.lower !== "and") {
      mention.country = office.country;
      mention.evidence = true;
    }
  }
}

/** Words of a post described before a comma: "head of government", "envoy in Koror", "then Prime Minister". */
const DESCRIBED_POST = /^(?:head|chief|envoy|representative|leader|then|top|new|of|in|to|government|state|the|diplomat|minister|ambassador)$/i;

/**
 * The country of "<Country>'s <post described>," right before the comma at `comma` that opens a title and name ("Croatia's head
 * of government, Prime Minister X"): the post's words a few, one of them an office word, none a verb.
 * @example describedCountryBefore(words("Croatia 's head of government , Prime Minister X"), 5) // "Croatia"
 */
function describedCountryBefore(words: Word[], comma: number): string | undefined {
  if (words[comma]?.text !== ",") return undefined;
  for (let k = comma - 1; k >= 1 && k >= comma - 6; k--) {
    const w = words[k]!;
    if (isPossessive(w)) {
      const country = countryOf(words[k - 1]!.text);
      const post = words.slice(k + 1, comma);
      return country && post.some((x) => officeWordKind(x.lower) === "head") ? country : undefined;
    }
    // (a town the envoy serves in: "envoy in Koror")
    if (!DESCRIBED_POST.test(w.text) && !(words[k - 1]?.lower === "in" && /^\p{Lu}/u.test(w.text))) return undefined;
  }
  return undefined;
}

/**
 * Ranks and forms of address that may stand between the comma closing a post and its holder's name: a diplomat's, an
 * officer's, a senator's, a chief's ("the Chief of Army Staff, General X", "the Governor-General, Grand Chief Sir Y").
 */
const ADDRESS_RANKS = /^(?:Ambassador|Senator|(?:Grand |Paramount )?Chief|(?:Lieutenant |Major |Brigadier )?General|(?:Vice |Rear )?Admiral|(?:Field |Air Chief )?Marshal|Colonel)$/;

/**
 * Reads the post closed off by a comma before a rank and the name: "the Director General of the Veldian Security Office,
 * Ambassador X", "the Chief of Army Staff, General Y", "the President of the Senate, Senator Z", "the Governor-General,
 * Grand Chief Sir W". The rank is how the holder is addressed, the post before the comma the one held; returns whether
 * such a post was read (else the rank is read as a title, as before).
 * @example postBeforeRank(words, 9, mention) // "the Chief of Army Staff, General Varan Telu" → office { title: "Chief of Army Staff" }
 */
function postBeforeRank(words: Word[], first: number, mention: NameMention): boolean {
  const styled = honorificStart(words, first) ?? first;
  for (let n = 1; n <= 3 && styled - n >= 1; n++) {
    const rank = words.slice(styled - n, styled).map((w) => w.text).join(" ");
    if (!ADDRESS_RANKS.test(rank) || words[styled - n - 1]!.text !== ",") continue;
    const probe: NameMention = { ...mention };
    delete probe.office;
    readPrefix(words, styled - n, probe);
    // read after the call: TypeScript keeps the narrowing of the delete above
    const post = probe.office as OfficeDraft | undefined;
    if (!post || post.from === "list" || probe.listTitle) return false;
    mention.office = post;
    const style = styled < first ? words.slice(styled, first).map((w) => w.text).join(" ") : undefined;
    mention.honorific ??= style ? `${rank} ${style}` : rank;
    mention.evidence = true;
    return true;
  }
  return false;
}

/** Heads of a post in an institution that a news report may write after the institution's name ("Senate President", "Group Chair"). */
const INSTITUTION_HEADS = /^(?:president|speaker|chairman|chairwoman|chair|chairperson|spokesman|spokeswoman|spokesperson|director|chief|head|governor|secretary|secretary-general|director-general|envoy|representative|leader)$/;

/**
 * The institution written right before a title, in capitalised words ending in a word of a body
 * ("National Assembly president X", "Senate President Y", "Hyundai Motor Group Chair Z"): not a country,
 * a month or day, a word of a sentence's start ("Meanwhile President X"), a verb or a person's name.
 * @example institutionBefore(words, 2, head) // "National Assembly" of "… met National Assembly president Varan Telu"
 */
function institutionBefore(words: Word[], j: number, head: Word): string | undefined {
  // right before the title's own first word ("Varan and President X": the "and" joins two people)
  const start = officeWordKind(words[j + 1]?.lower ?? "");
  if (!INSTITUTION_HEADS.test(head.lower) || !start || start === "connector") return undefined;
  // ("Veldian Development Bank (VDB) President X": the acronym in brackets after the body's name)
  const bracketed = words[j]?.text === ")" && words[j - 2]?.text === "(" && isAcronym(words[j - 1]?.text ?? "");
  if (bracketed) j -= 3;
  let k = j;
  const named = (w: Word | undefined): boolean =>
    !!w && /^\p{Lu}/u.test(w.text) && (w.pos === "PROPN" || w.pos === "NOUN") && !isCountryWord(w.text) && !MONTHS.has(w.lower) && !WEEKDAYS.has(w.lower) && !FUNCTION_CAPITALS.has(w.lower) && !isHonorific(w) && !isOfficeHead(w.text);
  // ("Orvanian Union envoy X", "Veldian Union Commission chairperson Y": a body named after a people)
  const union = (at: number): boolean => !!words[at] && /^\p{Lu}/u.test(words[at]!.text) && (isCountryWord(words[at]!.text) || words[at]!.pos === "ADJ") && at < j && ORGANISATION_WORDS.has(words[at + 1]!.lower);
  while (k >= 0 && (named(words[k]) || union(k))) k--;
  const run = words.slice(k + 1, j + 1);
  if (run.length === 0 || run.length > 4) return undefined;
  // the first word of a sentence is capitalised whatever it is: alone, only an institution's own word ("Parliament Speaker X")
  if (k < 0 && run.length === 1 && !ORGANISATION_WORDS.has(run[0]!.lower)) return undefined;
  // a name before the title is a person's ("Varan, Telu President …" is no institution); a possessive owns the post ("Varan's")
  if (isPossessive(words[k]) || isNameWord(words[k]) || words[j + 1]?.text === ",") return undefined;
  // named as a body is ("… Assembly", "… Senate", "… Group"): a name of unknown kind may be a place's or a person's; but one
  // word of no kind known, tagged a proper noun, right before the post of a movement's or a body's head ("Orvanist deputy
  // secretary-general X", new59a x719; "Tarsk Group spokesman Y", read63 x646, read64 x654) is its movement or body
  const movement = run.length === 1 && run[0]!.pos === "PROPN" && /^(?:secretary-general|leader|spokesman|spokeswoman|spokesperson|chief|envoy)$/.test(head.lower) && !isPlaceWord(run[0]!.text);
  if (!ORGANISATION_WORDS.has(run.at(-1)!.lower.replace(/\.$/, "")) && !movement) return undefined;
  return run.map((w) => w.text).join(" ");
}

/** Words that end the name of a state's institution: "the Veldian Foreign Ministry", "the Veldian embassy", "Veldia's Presidency". */
const STATE_BODIES = /^(?:ministry|embassy|consulate|mission|government|presidency|office|department|delegation|cabinet|parliament|senate)$/;

/**
 * The institution of a country owning the title after it: "the Veldian Foreign Ministry's spokesman X", "the Veldian
 * embassy's press attaché Y", "Veldia's Foreign Office's Director General Z"; the possessive at `j`, the country word first.
 * @example ownerInstitution(words, 4) // "Veldian Foreign Ministry" of "the Veldian Foreign Ministry's spokesman Telu"
 */
function ownerInstitution(words: Word[], j: number): string | undefined {
  if (!isPossessive(words[j]) || !STATE_BODIES.test(words[j - 1]?.lower ?? "")) return undefined;
  let k = j - 2;
  while (k >= 0 && k > j - 5 && !isCountryWord(words[k]!.text) && /^\p{Lu}/u.test(words[k]!.text) && officeWordKind(words[k]!.lower) === "modifier") k--;
  if (k < 0 || !isCountryWord(words[k]!.text) || !/^\p{Lu}/u.test(words[k]!.text)) return undefined;
  // "Veldia's Foreign Ministry's": the owner's "'s" after the country's name.
  const from = isPossessive(words[k + 1]) ? k + 2 : k;
  const run = words.slice(from, j).map((w) => w.text).join(" ");
  return from === k ? run : `${words[k]!.text}'s ${run}`;
}

/** Whether word `k` closes a country's abbreviation in brackets after its name ("the United Arab Emirates (UAE)"). */
function countryAbbreviationAt(words: Word[], k: number): boolean {
  return words[k]?.text === ")" && words[k - 2]?.text === "(" && /^\p{Lu}{2,6}$/u.test(words[k - 1]?.text ?? "") && words[k - 3] !== undefined && (isCountryWord(words[k - 3]!.text) || countryEndingAt(words, k - 3) !== undefined);
}

/** Letters written after a name for a seat or an honour ("MP", "TD", "MEP", "QC", "OBE"). */
const POST_NOMINALS: ReadonlySet<string> = new Set(["MP", "TD", "MLA", "MSP", "MS", "MEP", "MNA", "MHA", "QC", "KC", "SC", "OBE", "CBE", "KBE", "MBE", "GCMG", "KCMG", "CMG", "PC", "GCB", "KCB"]);

/**
 * Where the words after a name go on past a short aside in brackets ("A Tarvo (MP), on Tuesday", "X (retd.),"):
 * the index after its closing bracket, else `k` itself.
 */
function pastAside(words: Word[], k: number): number {
  // "the Rt Hon A Vell MP,", "B Corran TD,": letters after a name for a seat or an honour.
  while (POST_NOMINALS.has(words[k]?.text ?? "")) k++;
  if (words[k]?.text !== "(") return k;
  for (let m = k + 1; m <= k + 4 && m < words.length; m++) if (words[m]!.text === ")") return m + 1;
  return k;
}

/** Whether the words ending at `k` are "at the time", an aside that puts the title before it in the past. */
const atTheTime = (words: Word[], k: number): boolean => words[k]?.lower === "time" && words[k - 1]?.lower === "the" && words[k - 2]?.lower === "at";

/** Whether a title set off by a comma follows the name ending at `last` (", director general of …", ", the Minister of …"). */
function titleFollows(words: Word[], last: number): boolean {
  if (words[last + 1]?.text !== ",") return false;
  let k = last + 2;
  if (/^(?:the|a|an)$/.test(words[k]?.lower ?? "")) k++;
  for (; k < words.length && officeWordKind(words[k]!.lower); k++) if (isOfficeHead(words[k]!.text)) return true;
  return false;
}

/**
 * "Secretary General of the Organization of Turkic States Kubanychbek Omuraliev", "Chairman of the
 * Senate Maulen Ashimbayev": a title, "of", an institution's name, then the person's name.
 */
function readOrganisationTitle(words: Word[], end: number, mention: NameMention, commaClosed = false): boolean {
  // The institution's name must end before the person's ("University of Languages" is all institution).
  if (mention.last === mention.first || !(/^\p{Lu}/u.test(words[end]?.text ?? "") || (commaClosed && (words[end]!.text === ")" || words[end]!.pos === "NOUN")))) return false;
  for (let o = end; o >= Math.max(1, end - (commaClosed ? 14 : 10)); o--) {
    const w = words[o]!;
    // "Minister for Energy and Irrigation, X": "for" ties a minister to his portfolio as "of" does.
    // (so it does any head's: "High Commissioner for Rivers, X", "Commissioner for Veldian Affairs, X")
    const link = w.lower === "of" || (w.lower === "for" && isOfficeHead(words[o - 1]?.text ?? ""));
    if (link && officeWordKind(words[o - 1]?.lower ?? "") && officeWordKind(words[o - 1]!.lower) !== "connector") {
      let t = o - 1;
      while (t > 0 && officeWordKind(words[t - 1]!.lower) && officeWordKind(words[t - 1]!.lower) !== "connector") t--;
      const titled = readOffice(words.slice(t, o));
      // "… of the Veldian Department of Trade": an institution's own "of", no title before it; the title is further back.
      if (!titled.title && commaClosed && !words.slice(t, o).some((x) => isOfficeHead(x.text))) continue;
      // "the ministers of both countries, A and B": a list, not one post.
      if (!titled.title || (commaClosed && words.slice(t, o).some((x) => isPluralOffice(x.lower)))) return false;
      const org = words.slice(o + 1, end + 1).map((x) => x.text).join(" ").replace(/^the /i, "").replace(/\s+(['’]s)\b/g, "$1").replace(/\s+,/g, ",").replace(/\(\s+/g, "(").replace(/\s+\)/g, ")");
      // "Tunisia's Minister of …", "Saudi Minister of State for …": whose minister, written before the title.
      const owner = isPossessive(words[t - 1]) ? countryAfter(words, t - 2) ?? countryOf(words[t - 2]?.text ?? "") : isCountryWord(words[t - 1]?.text ?? "") ? countryOf(words[t - 1]!.text) : undefined;
      if (isPortfolioHead(titled.title)) {
        // "Minister of Petroleum and Minerals", "Minister of State for African Affairs": a portfolio, not an institution.
        const portfolio = /^(.*?)(?:\s+of\s+(?:the\s+)?([\p{L}' -]+))?$/u.exec(org)!;
        const ofCountry = portfolio[2] ? countryOf(portfolio[2]) : undefined;
        const draft: OfficeDraft = { title: `${titled.title} ${w.lower} ${ofCountry ? portfolio[1] : org}`, from: "organisation" };
        const country = titled.country ?? owner ?? ofCountry;
        if (country) draft.country = country;
        mention.office = draft;
        mention.evidence = true;
        return true;
      }
      const draft: OfficeDraft = { title: titled.title, from: "organisation" };
      // "… includes Veldia's trade minister, A, and the head of the country's port authority, B": the sentence's first country.
      const topic = /^country['’]s\b/i.test(org) ? findCountries(words.slice(0, t).map((x) => x.text).join(" ")).find((c) => c.kind !== "city")?.country : undefined;
      const country = titled.country ?? owner ?? topic ?? countryOf(org) ?? countryInOrganisation(org);
      if (country) draft.country = country;
      // "the Ambassador of Veldia in Tarsk, X": the state itself, serving where "in" says, as "to Orvane" tells it.
      const host = envoyPosting(titled.title, org)?.to;
      if (host) draft.to = host;
      // "The President of the Republic, H.E. X": the state itself, whose country the article gives elsewhere.
      else if (!countryOf(org) && !STATE_ITSELF.test(org)) draft.organisation = org;
      mention.office = draft;
      mention.evidence = true;
      return true;
    }
    // "Minister of Foreign Affairs, Migration and Tunisians Abroad": a portfolio listed with commas.
    const listed = w.text === "," && /^\p{Lu}/u.test(words[o + 1]?.text ?? "") && /^\p{Lu}/u.test(words[o - 1]?.text ?? "");
    // Closed by a comma: lower-case nouns and adjectives of the institution ("the country's port authority") and an acronym in brackets.
    const loose = commaClosed && (/^(?:NOUN|ADJ|NUM)$/.test(w.pos) || /^[()]$/.test(w.text) || /^(?:to|at)$/.test(w.lower));
    if (!(/^\p{Lu}/u.test(w.text) || /^(?:of|the|for|and|on|in)$/.test(w.lower) || isPossessive(w) || listed || loose)) return false;
  }
  return false;
}

/** Titles whose "of …" names a portfolio, not an institution: "Minister of Tourism", "Deputy Minister for Political Affairs". */
const isPortfolioHead = (title: string): boolean => /\bMinister$/.test(title);

/** A demonym before a plural of states: "American States", "Arab Nations" (not "United States", one state). */
const STATES_OF_A_KIND = /\b(?!United\b)\p{Lu}[\p{L}-]+\s+(?:States|Nations|Countries)\b/gu;

/**
 * An envoy's "of" phrase that names whom the envoy represents and where the envoy serves: "Veldia to Orvane", "Veldia in
 * Tarsk" (a city of the host); none for another title or a phrase of one country.
 * @example envoyPosting("Ambassador", "Veldia to Orvane") // { country: "Veldia", to: "Orvane" }
 */
function envoyPosting(title: string, phrase: string): { country: string; to: string } | undefined {
  const posting = /^(.+?)\s+(?:in|to)\s+(?:the\s+)?(\p{Lu}[\p{L}' -]*)$/u.exec(phrase);
  const sender = posting && ENVOY_HEADS.test(title.split(" ").at(-1) ?? "") ? countryOf(posting[1]!) : undefined;
  const host = sender ? countryOf(posting![2]!) ?? countryOfCity(posting![2]!) : undefined;
  return sender && host && host !== sender ? { country: sender, to: host } : undefined;
}

/** A state's formal name before its country's: "the Commonwealth of", "Kingdom of", "Republic of the". */
const STATE_FORM = /^(?:the\s+)?(?:(?:Republic|Kingdom|Federation|State|Sultanate|Principality|Commonwealth|Union)\s+of\s+(?:the\s+)?)/i;

/** Whether a phrase is a state's formal name ("the Commonwealth of Australia", "Kingdom of Denmark"): its country, no body of it. */
const isStateName = (phrase: string): boolean => STATE_FORM.test(phrase) && countryOf(phrase.replace(STATE_FORM, "")) !== undefined;

/**
 * The one country an institution's name belongs to: "Kingdom of Eswatini", "Senate of Jamaica",
 * "Spanish Congress of Deputies", "Chinese Government"; none for "Japan-Viet Nam Friendship Alliance"
 * (two countries) or "Association of Caribbean States".
 * @example countryInOrganisation("Senate of Jamaica") // "Jamaica"
 */
export function countryInOrganisation(org: string): string | undefined {
  // "Delegation of the European Union to Veldia": the country after "to" is where the body is posted, not whose it is.
  const posted = /^(.+?)\s+to\s+(?:the\s+)?\p{Lu}/u.exec(org);
  if (posted && findCountries(org.slice(posted[1]!.length)).length > 0) return posted[1] === org ? undefined : countryInOrganisation(posted[1]!);
  // "Ambassador of Veldia in Tarsk", "Chargé d'Affaires of the Veldian Embassy in Orvane": "in" a place is where it serves, when
  // what stands before it has a country of its own ("Parliament in Tarsk" has none, and is Tarsk's country's below).
  const servesIn = /^(.+?)\s+in\s+(?:the\s+)?\p{Lu}/u.exec(org);
  const serving = servesIn && findCountries(org.slice(servesIn[1]!.length)).length > 0 ? countryInOrganisation(servesIn[1]!) : undefined;
  if (serving) return serving;
  // ("Resident Coordinator of the United Nations System in Orvane": a union's post there, the union's; see union-sides.ts)
  if (servesIn && unionOfBody(servesIn[1]!)) return undefined;
  const whole = countryOf(org.replace(STATE_FORM, ""));
  if (whole) return whole;
  // "Crown Prince of Abu Dhabi", "Islamabad High Court": a city's country too; not a demonym of a group of states
  // ("Organization of Veldian States", "Community of Orvanian Nations"), whose body is no one state's.
  const found = new Set(findCountries(org.replace(STATES_OF_A_KIND, "")).map((c) => c.country));
  // "the Verkhovna Rada", "a committee of the Knesset": a body of one state named by its own name.
  return found.size === 1 ? [...found][0] : found.size === 0 ? countryOfBody(org) : undefined;
}

/** The state whose body the capitalised words ending at `k` name, right before a title ("Kremlin spokesman", "Pentagon press secretary"). */
function bodyBefore(words: Word[], k: number): string | undefined {
  let from = k;
  while (from >= 0 && from > k - 3 && /^\p{Lu}/u.test(words[from]?.text ?? "")) from--;
  return from < k ? countryOfBody(words.slice(from + 1, k + 1).map((w) => w.text).join(" ")) : undefined;
}

/** The country named by two or three words from `k` ("South African", "Saudi Arabia"), with how many words. */
function countryAt(words: Word[], k: number): { country: string; length: number } | undefined {
  for (let n = 3; n >= 2; n--) {
    const slice = words.slice(k, k + n);
    if (slice.length !== n || !/^\p{Lu}/u.test(slice[0]!.text) || !slice.every((w) => /^\p{L}/u.test(w.text))) continue;
    const country = countryOf(slice.map((w) => w.text).join(" "));
    if (country) return { country, length: n };
  }
  return undefined;
}

/**
 * The country an envoy is posted to, written with its form of state from `k`: "the State of Kuwait", "the Sultanate
 * of Oman", "the Kingdom of Bahrain" (words the gazetteer does not hold whole), with how many words.
 * @example postedStateAt(words("to the State of Kuwait"), 1) // { country: "Kuwait", length: 4 }
 */
function postedStateAt(words: Word[], k: number): { country: string; length: number } | undefined {
  let m = k;
  while (words[m] && (STATE_FORMS.has(words[m]!.lower) || words[m]!.lower === "state") && m < k + 4) m++;
  if (m === k || words[m]?.lower !== "of" || !/^\p{Lu}/u.test(words[m - 1]!.text)) return undefined;
  const at = countryAt(words, m + 1);
  const country = at?.country ?? (isCountryWord(words[m + 1]?.text ?? "") && /^\p{Lu}/u.test(words[m + 1]!.text) ? countryOf(words[m + 1]!.text) : undefined);
  return country ? { country, length: m + 1 - k + (at?.length ?? 1) } : undefined;
}

/**
 * Splits the words of a title into country (demonym, possessive, "of X"), title and "to X".
 * @example readOffice(words("Japanese Ambassador to Kenya")) // { title: "Ambassador", country: "Japan", to: "Kenya" }
 */
/**
 * "his Malagasy opposite number, X", "her Zimbabwean opposite number, Y": the two words that say "counterpart", ending at `k`.
 * @example oppositeNumberAt(words("his Veldian opposite number ,"), 3) // true
 */
function oppositeNumberAt(words: readonly Word[], k: number): boolean {
  return /^numbers?$/.test(words[k]?.lower ?? "") && words[k - 1]?.lower === "opposite";
}

export function readOffice(prefix: Word[]): { title?: string; country?: string; to?: string; organisation?: string } {
  const titleWords: string[] = [];
  let organisation: string | undefined;
  let country: string | undefined;
  let to: string | undefined;
  for (let k = 0; k < prefix.length; k++) {
    const w = prefix[k]!;
    if (isPossessive(w) || bareApostrophe(w)) continue;
    // "Ambassador in Orvane": where an envoy serves (a country, or its city).
    const posted = w.lower === "in" && envoyEndsAt(prefix, k - 1) ? postedIn(prefix, k + 1) : undefined;
    if (posted) {
      to = posted.country;
      k += posted.length;
      continue;
    }
    if (w.lower === "to" && prefix[k + 1]) {
      // "Ambassador to the State of Kuwait", "to the Sultanate of Oman"
      const state = postedStateAt(prefix, k + 1);
      if (state) {
        to = state.country;
        k += state.length;
        continue;
      }
      if (prefix[k + 1]!.lower === "the" && prefix[k + 2]) k++; // "Ambassador to the United States"
      const at = countryAt(prefix, k + 1);
      to = at?.country ?? countryOf(prefix[k + 1]!.text);
      k += at?.length ?? 1;
      continue;
    }
    // "South African President", "Saudi Arabian": a country of several words.
    const several = countryAt(prefix, k);
    if (several && several.length > 1 && !officeWordKind(w.lower)) {
      country ??= several.country;
      k += several.length - 1;
      continue;
    }
    if (w.lower === "of") {
      let m = k + 1;
      while (prefix[m] && (STATE_FORMS.has(prefix[m]!.lower) || prefix[m]!.lower === "of")) m++;
      // "Secretary of State of the Holy See": a country of several words after "of the".
      const at = countryAt(prefix, m);
      if (prefix[m] && (isCountryWord(prefix[m]!.text) || at)) {
        country ??= at?.country ?? countryOf(prefix[m]!.text);
        k = m + (at ? at.length - 1 : 0);
        continue;
      }
    }
    if (isCountryWord(w.text) && !officeWordKind(w.lower)) {
      country ??= countryOf(w.text);
      continue;
    }
    if ((isAcronym(w.text) || isCodeName(w.text)) && !officeWordKind(w.lower)) {
      organisation ??= w.text;
      continue;
    }
    // "the European Commissioner for …" (read29, read33): a post of the Union, whatever country the article is filed from.
    if (w.text === "European" && /^Commissioner/.test(prefix[k + 1]?.text ?? "")) organisation ??= "European Union";
    titleWords.push(w.text);
  }
  while (titleWords.length && officeWordKind(titleWords[titleWords.length - 1] ?? "") === "connector") titleWords.pop();
  while (titleWords.length && officeWordKind(titleWords[0] ?? "") === "connector") titleWords.shift();
  const out: { title?: string; country?: string; to?: string; organisation?: string } = {};
  if (titleWords.some((t) => isOfficeHead(t))) out.title = normaliseTitle(titleWords);
  if (organisation && out.title) out.organisation = organisation;
  if (country) out.country = country;
  if (to) out.to = to;
  return out;
}

/**
 * Reads an office set off by commas after a name: ", the chairman of the State Council,".
 * @example readApposition(words, 1, mention) // "Wang Yi, the director of the Office," → office { title: "Director", organisation: "Office" }
 */
export function readApposition(words: Word[], last: number, mention: NameMention, after?: number): void {
  // `after`: where a clause's title starts ("X, who is …", "X is …"); none for a title set off by a comma.
  const apposed = after === undefined;
  let from = after ?? last + 2;
  if (apposed && words[last + 1]?.text !== ",") return;
  // "Hon. Varan Telu, MP, Minister for Trade,": the letters of a seat between the name and its post.
  if (apposed && POST_NOMINALS.has(words[last + 2]?.text ?? "") && words[last + 3]?.text === "," && officeWordKind(words[last + 4]?.lower ?? "") !== "connector") {
    last += 2;
    from = last + 2;
  }
  let k = from;
  // "X, and Malaysia's Health Minister, Y": the next item of a list, whose title is the next name's.
  if (officeWordKind(words[k]?.lower ?? "") === "connector") return;
  // "X, HE the Prime Minister and Minister of Foreign Affairs,": an honorific before the title.
  while (words[k] && honorificLength(words, k) > 0 && !isNameWord(words[k + honorificLength(words, k)])) k += honorificLength(words, k);
  if (/^(?:the|a|an)$/.test(words[k]?.lower ?? "")) k++;
  // "X, a former Veldian foreign minister, …", "X, the former Veldian president who …": an office once held says a person, not their post.
  if (/^(?:former|ex)$/.test(words[k]?.lower ?? "")) {
    for (let m = k + 1; m < Math.min(words.length, k + 7) && !/^[,;:.()]$/.test(words[m]!.text) && !/^(?:who|which|and|of)$/.test(words[m]!.lower); m++) {
      if (isOfficeHead(words[m]!.text) && words[m]!.lower !== "counterpart") mention.evidence = true;
    }
    return;
  }
  let start = k;
  // "X, the British Foreign Office's Director General …", "X, Russia's newly arrived Ambassador to Kenya, …": words between the article and the title.
  const between = wordsBeforeTitle(words, k);
  if (between) k = between.title;
  // "X, Minister of Tourism, Civil Aviation, Sustainable Development and Culture;": a portfolio listed with commas goes on.
  let firstListed: number | undefined;
  const listedPortfolio = (m: number): boolean => words[m]?.text === "," && m > start && officeWordKind(words[m + 1]?.lower ?? "") === "modifier" && /^\p{Lu}/u.test(words[m + 1]!.text);
  // "X, Veldia's Ambassador in Orvane,": where the envoy serves.
  const posted = (m: number): number | undefined => (words[m]?.lower === "in" && m > start && envoyEndsAt(words, m - 1) ? postedIn(words, m + 1)?.length : undefined);
  while (words[k] && (listedPortfolio(k) || posted(k) || officeWordKind(words[k]!.lower) || isCountryWord(words[k]!.text) || countryEndingAt(words, k, true) || isPossessive(words[k]) || TENURE_WORDS.has(words[k]!.text) || (words[k]!.lower === "to" && (isCountryWord(words[k + 1]?.text ?? "") || countryEndingAt(words, k + 1, true))))) {
    if (words[k]!.lower === "of" && officeWordKind(words[k + 1]?.lower ?? "") !== "modifier") break; // "Secretary of State" goes on
    const place = posted(k);
    if (place) {
      k += 1 + place;
      continue;
    }
    if (listedPortfolio(k)) firstListed ??= k;
    k += words[k]!.lower === "to" ? 1 : (countryEndingAt(words, k, true) ?? 1);
  }
  // "X, a spokeswoman for the Veldian foreign ministry", "X, an adviser of the Veldian president": the body of a country the
  // title serves, read after its "for" or "of" below.
  if (k > start + 1 && /^(?:for|of)$/.test(words[k - 1]!.lower) && words[k]?.lower === "the" && isCountryWord(words[k + 1]?.text ?? "") && /^\p{Lu}/u.test(words[k + 1]!.text)) k--;
  // "X, Minister of Tourism, Foreign Minister Y": what came after the comma is the next name's title.
  if (firstListed !== undefined && (isNameWord(words[k]) || (words[k] && isHonorific(words[k]!)))) k = firstListed;
  // "X, the Veldian Minister Delegate for Foreign Trade, Outreach and Veldians Abroad.": a portfolio word the gazetteer
  // lacks, alone between the list's commas, ends the title read, not a name.
  const portfolio = words.slice(start, k).some((w, n) => /^(?:for|of)$/.test(w.lower) && officeWordKind(words[start + n + 1]?.lower ?? "") === "modifier");
  if (portfolio && /^(?:,|and)$/.test(words[k - 1]?.lower ?? "") && /^\p{Lu}/u.test(words[k]?.text ?? "") && /^(?:,|;|\.|and)$/.test(words[k + 1]?.lower ?? "")) k--;
  // "X, the Minister of Human Capacities,": such a word right after a portfolio word ends the portfolio, and is part of it.
  else if (portfolio && officeWordKind(words[k - 1]?.lower ?? "") === "modifier" && /^\p{Lu}\p{Ll}+$/u.test(words[k]?.text ?? "") && !isCountryWord(words[k]!.text) && /^[,;.]$/.test(words[k + 1]?.text ?? "")) k++;
  // ("X, Assistant Secretary of State for Canal Safety, …", "Y, the High Representative for Oceans Affairs": a portfolio the
  // gazetteer lacks after "for", read below as the title's; heldout78 x759, x761)
  if (words[k - 1]?.lower === "for" && k - 1 > start && isNameWord(words[k]) && words.slice(start, k - 1).some((w) => officeWordKind(w.lower) === "head")) k--;
  if (isNameWord(words[k]) || (words[k] && isHonorific(words[k]!))) return; // the prefix of the next name
  // "Varan, Afghan Chief Executive hold talks in Orvane", "Kesto, UAE leader tour the port": a headline's
  // two subjects, the second named by title, before their verb; an apposition is closed off before the verb.
  if (k > start && (words[k]?.pos === "VERB" || words[k]?.pos === "AUX") && !/^[,;:]$/.test(words[k - 1]?.text ?? "")) return;
  // "Orsa, the Prime Minister's wife", "Venn, the Veldian president's commissioner for …": an office owning what follows is
  // another's; the post, if any, is the one after the possessive.
  // "Karvio, the head of state's official residence", "Lemvik, the Federal Council's residence": a place an office owns, no person.
  if (VENUE_HEADS.test(words[k]?.lower ?? "") && words.slice(start, k).some((w) => isPossessive(w))) return;
  const owner = words.slice(start, k).findIndex((w, n) => isPossessive(w) && n > 0 && isOfficeHead(words[start + n - 1]!.text));
  if (owner >= 0) {
    mention.evidence = true;
    if (start + owner + 1 >= k) return;
    start = start + owner + 1;
  }
  const titled = readOffice(words.slice(start, k).filter((w, n) => !TENURE_WORDS.has(w.text) && !between?.skipped.has(start + n)));
  // "Venmor, Libyan Counterpart Agree …": a counterpart is someone else's office, never one's own.
  if (!titled.title || titled.title === "Counterpart") return;
  const draft: OfficeDraft = { title: titled.title, from: apposed ? "apposition" : "relative" };
  if (titled.country) draft.country = titled.country;
  if (titled.to) draft.to = titled.to;
  // ("the European Commissioner for …": the Union's post; an acronym in the title, "MEA Spokesperson", stays the title's word)
  if (titled.organisation && !isAcronym(titled.organisation)) draft.organisation = titled.organisation;
  if (words[k]?.lower === "of" || words[k]?.lower === "for") {
    const rest: string[] = [];
    let m = k + 1;
    if (words[m]?.lower === "the") m++;
    while (words[m] && !/^[,.;:!?]$/.test(words[m]!.text) && !/^(?:who|which|said|says|and)$/.test(words[m]!.lower)) rest.push(words[m++]!.text);
    const phrase = rest.join(" ").replace(/\s+(['’]s)\b/g, "$1").replace(/\(\s+/g, "(").replace(/\s+\)/g, ")");
    const country = countryOf(phrase);
    const posting = envoyPosting(titled.title, phrase);
    if (country) draft.country ??= country;
    else if (posting) {
      // "X, Ambassador of Veldia to Orvane,": whom the envoy represents, and where.
      draft.country ??= posting.country;
      draft.to ??= posting.to;
    } else if (phrase && !STATE_ITSELF.test(phrase)) {
      // ("Ambassador of the Commonwealth of Australia" serves the country, no body of it)
      if (!isStateName(phrase)) draft.organisation = phrase;
      const inside = countryInOrganisation(phrase);
      if (inside) draft.country ??= inside;
    }
  }
  if (between?.organisation) {
    draft.organisation = between.organisation;
    const inside = countryInOrganisation(between.organisation);
    if (inside) draft.country ??= inside;
  }
  // "X, South Korea's Deputy Minister for Trade Negotiations at the Ministry of …": a country is the post's country, never its body
  const state = draft.organisation ? countryOf(draft.organisation) : undefined;
  if (state && (draft.country ?? state) === state) {
    draft.country = state;
    delete draft.organisation;
  }
  // "His Highness Prince X, Minister of Foreign Affairs of the Kingdom of Saudi Arabia": a royal style read as a title gives way to the post.
  // "Amir Hayel, Israel's Ambassador to the UAE": a title word that is also a given name gives way to the post too.
  if (mention.office && (ROYAL_STYLES.has(mention.office.title.toLowerCase()) || GIVEN_NAME_TITLES.has(mention.office.title)) && !mention.office.country) {
    const given = words[mention.first - 1];
    // Not "His Majesty Sultan Ibrahim, King of Malaysia": after a style of address the word is a title.
    if (GIVEN_NAME_TITLES.has(mention.office.title) && given?.text === mention.office.title && !mention.honorific && honorificStart(words, mention.first - 1) === undefined) {
      mention.first -= 1;
      mention.name = `${given.text} ${mention.name}`;
    } else mention.honorific ??= mention.office.title;
    mention.office = draft;
  } else if (mention.office && RANKS.test(mention.office.title) && !mention.office.country && !mention.office.to && !RANKS.test(draft.title)) {
    // "Ambassador X, Director General for the Americas at the ministry": a career diplomat's rank before the name, the post after it.
    // "Lieutenant General X, Minister of the Royal Office", "General X, Minister of …": an officer's rank too.
    // "Senator X, Veldia's Minister of Foreign Affairs": a legislator's seat too.
    mention.honorific ??= mention.office.title;
    mention.office = draft;
  } else mention.office ??= draft;
  mention.evidence = true;
}

/** Ranks written before a name that give way to the post written after it: a diplomat's, an officer's, a legislator's seat. */
/** A leader's title that a name follows ("President X", "Prime Minister Y", "King Z"). */
const LEADER_TITLE = /^(?:(?:Vice )?President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Amir|Sultan|Crown Prince|Pope)$/;

const RANKS = /^(?:Ambassador|Senator|(?:Lieutenant[ -]|Major[ -]|Brigadier[ -])?General|(?:Vice |Rear )?Admiral|(?:Field |Air Chief )?Marshal)$/i;

/** The words of a relative clause that gives the post one holds: "who is", "who is both", "who has just become", "who was appointed as". */
const HOLDS = /^(?:is|was|has|had|just|recently|newly|become|became|serves|served|been|appointed|named|now|also|both|as)$/;

/**
 * Reads the post a relative clause gives a name that has none: "A B, who has just become Xland's Minister
 * of Foreign Affairs", "X, who is also Plantation and Commodities Minister"; not "X, who met the Minister".
 * @example readRelativeTitle(words, 2, mention) // "…, who has just become Norway's Minister of Foreign Affairs" → office { title: "Minister of Foreign Affairs", country: "Norway" }
 */
export function readRelativeTitle(words: Word[], last: number, mention: NameMention): void {
  // (an officer's rank before the name gives way to the post the clause gives: "Major-General X, who holds the … portfolio")
  const rank = mention.office && RANKS.test(mention.office.title) && !mention.office.to ? mention.office : undefined;
  if ((mention.office && !rank) || words[last + 1]?.text !== "," || words[last + 2]?.lower !== "who") return;
  if (rank) delete mention.office;
  if (readLeadsBody(words, last + 3, mention) || readHeldPortfolio(words, last + 3, mention)) {
    if (rank) {
      mention.honorific ??= rank.title;
      if (rank.country) mention.office!.country ??= rank.country;
    }
    return;
  }
  if (rank) {
    mention.office = rank;
    return;
  }
  let k = last + 3;
  while (words[k] && HOLDS.test(words[k]!.lower)) k++;
  // (the run ends on the verb or on a word that qualifies the post after it: "who is also", "who is both", "who is now")
  const end = words[k - 1]!.lower;
  const verb = /^(?:is|was|become|became|serves|served|appointed|named|as)$/;
  if (k === last + 3 || !(verb.test(end) || (/^(?:also|both|now)$/.test(end) && words.slice(last + 3, k - 1).some((w) => verb.test(w.lower))))) return;
  // "X, who was Veldia's foreign minister until …", "Y, who served as prime minister once before", "Z, who had served as …":
  // the plain past tells a post once held, as after the name ("when X was Veldia's president"); not "who was appointed …",
  // "who had just become …".
  const verbs = words.slice(last + 3, k).map((w) => w.lower);
  const taken = verbs.some((v) => APPOINTED.test(v) || v === "become" || v === "became");
  if (!taken && (verbs.includes("had") || verbs.includes("was") || (verbs.includes("served") && !verbs.includes("has")))) return;
  readApposition(words, last, mention, k);
}

/** Words before a title that rank its holder among others, not name a post: "is the first minister from Veldia to …". */
const RANKING = /^(?:first|second|third|only|last|latest|youngest|oldest|longest|highest|most|top)$/;

/** Participles of taking up a post after "was": "was elected president", "was named Foreign Secretary", "was sworn in as". */
const APPOINTED = /^(?:elected|re-elected|named|appointed|reappointed|sworn|installed)$/;

/**
 * Reads the post a name is said to hold by the verb right after it: "X is Veldia's High Commissioner to Orvane", "X is
 * the Veldian Minister of Foreign Affairs", "X was elected president of Veldia", "X was named Foreign Secretary on
 * Friday". Not a post told as a rank ("X is the first minister from Veldia to …") nor one held before ("X was Veldia's
 * president": the plain past says no more than a post once held); a body after "of" is kept only when it is named,
 * capitalised ("of the island nation in September" is none).
 * @example readPredicateTitle(words, 1, mention) // "Qin Gang is the Chinese Minister of Foreign Affairs" → office { title: "Minister of Foreign Affairs", country: "China" }
 */
export function readPredicateTitle(words: Word[], last: number, mention: NameMention): void {
  if (mention.office || last <= mention.first) return;
  const verb = words[last + 1]?.lower;
  let k = last + 2;
  if (verb === "is") {
    while (/^(?:also|both|now|currently)$/.test(words[k]?.lower ?? "")) k++;
  } else if (verb === "was" && APPOINTED.test(words[k]?.lower ?? "")) {
    k++;
    if (words[k]?.lower === "in" && words[k - 1]!.lower === "sworn") k++;
    if (words[k]?.lower === "as") k++;
  } else return;
  if (RANKING.test((words[k]?.lower === "the" ? words[k + 1] : words[k])?.lower ?? "")) return;
  readApposition(words, last, mention, k);
  const read = mention.office as OfficeDraft | undefined;
  if (read?.organisation && !/^\p{Lu}/u.test(read.organisation)) delete read.organisation;
}

/** Verbs of holding a body's first post, in the present, and the title each gives: "who heads", "who chairs", "who runs". */
const LEADS_BODY: Record<string, string> = { heads: "Head", chairs: "Chair", runs: "Head", directs: "Director", leads: "Leader" };

/**
 * Reads the post of one "who heads the X" (at `k`, the verb): "Varan, who chairs the parliament's foreign relations committee",
 * "Telu, who heads the Europe department of the Veldian foreign ministry", "Osk, who runs the foreign ministry of Orvane's
 * government": the title the verb gives, of the body named after it up to a stop, and the country the body names.
 * @example readLeadsBody(words, 3, mention) // "Varan, who chairs the trade committee," → office { title: "Chair", organisation: "trade committee" }
 */
function readLeadsBody(words: Word[], k: number, mention: NameMention): boolean {
  const title = LEADS_BODY[words[k]?.lower ?? ""];
  if (!title || words[k + 1]?.lower !== "the") return false;
  const body: string[] = [];
  // (up to a stop: "the Committee on Foreign Affairs and Regional Integration of the Parliament of Veldia" runs to its country;
  // past "at" only into the body one's unit belongs to, "the protocol department at Veldia's foreign ministry")
  const stop = (m: number): boolean => /^(?:who|which|where|said|says|since|until|from|in)$/.test(words[m]!.lower) || (words[m]!.lower === "at" && !bodyAt(words, m + 1));
  for (let m = k + 1; words[m] && !/^[,.;:!?()]$/.test(words[m]!.text) && !stop(m) && body.length < 16; m++) body.push(words[m]!.text);
  // a body, not a thing one leads ("who leads the talks", "who heads the list"): a word of an institution in it
  if (!body.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()) || officeWordKind(w.toLowerCase()) === "modifier" && /^(?:ministry|department|government|parliament|cabinet|senate)$/i.test(w))) return false;
  const organisation = body.slice(1).join(" ").replace(/\s+(['’]s)\b/g, "$1");
  const draft: OfficeDraft = { title, organisation, from: "relative" };
  // "the Europe department of the Veldian foreign ministry": whose the body is, after its last "of".
  const owner = / of (?:the )?([^]+)$/.exec(organisation)?.[1];
  const inside = (owner ? countryInOrganisation(owner) : undefined) ?? countryInOrganisation(organisation);
  if (inside) draft.country = inside;
  mention.office = draft;
  mention.evidence = true;
  return true;
}

/**
 * "X, who holds the foreign affairs and international trade portfolio" (read35), "Y, who holds the health and Pacific Peoples
 * portfolios" (read21): a minister of what the portfolio names (at `k`, the verb).
 * @example readHeldPortfolio(words, 3, mention) // "Varan, who holds the trade portfolio" → office { title: "Minister of Trade" }
 */
function readHeldPortfolio(words: Word[], k: number, mention: NameMention): boolean {
  if (!/^(?:holds|held)$/.test(words[k]?.lower ?? "") || words[k + 1]?.lower !== "the") return false;
  let m = k + 2;
  const named: string[] = [];
  while (words[m] && /^(?:NOUN|PROPN|ADJ|CCONJ)$/.test(words[m]!.pos) && !/^portfolios?$/.test(words[m]!.lower) && named.length < 8) named.push(words[m++]!.text);
  if (!/^portfolios?$/.test(words[m]?.lower ?? "") || named.length === 0 || /^(?:and|or)$/i.test(named[0]!) || /^(?:and|or)$/i.test(named.at(-1)!)) return false;
  const portfolio = named.map((w) => (/^(?:and|or)$/i.test(w) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1))).join(" ");
  mention.office = { title: `Minister of ${portfolio}`, from: "relative" };
  mention.evidence = true;
  return true;
}

/** Whether the words from `m` name a state's body, owned by its country: "Veldia's foreign ministry", "the Veldian Ministry of Foreign Affairs". */
function bodyAt(words: Word[], m: number): boolean {
  const start = words[m]?.lower === "the" ? m + 1 : m;
  if (!isCountryWord(words[start]?.text ?? "") || !(isPossessive(words[start + 1]) || /^\p{Lu}/u.test(words[start]!.text))) return false;
  for (let n = start + 1; n < start + 6 && words[n] && !/^[,.;:!?()]$/.test(words[n]!.text); n++) if (STATE_BODIES.test(words[n]!.lower)) return true;
  return false;
}

/** Words that may stand between an apposition's article and its title without being part of either. */
const DESCRIBING_TAGS = new Set(["ADJ", "ADV", "VERB"]);

/**
 * The words of an apposition before its title, when they are not office words: an institution with a
 * possessive ("the British Foreign Office's Director General"), describing words ("Russia's newly
 * arrived Ambassador"), a capitalised word of the title itself ("Fiji's Roving Ambassador"). Returns
 * where the title starts, the words to leave out of it and the institution, or nothing when no
 * office head follows within a few words.
 */
function wordsBeforeTitle(words: Word[], k: number): { title: number; skipped: Set<number>; organisation?: string } | undefined {
  if (officeWordKind(words[k]?.lower ?? "")) return undefined;
  let head = -1;
  for (let m = k; m < Math.min(words.length, k + 7); m++) {
    const w = words[m]!;
    if (isOfficeHead(w.text)) {
      head = m;
      break;
    }
    if (/^[,;:.()]$/.test(w.text) || /^(?:and|or|of|who|which|that|the|a|an|former|ex)$/.test(w.lower)) return undefined;
  }
  if (head < 0) return undefined;
  let title = head;
  while (title > k && officeWordKind(words[title - 1]!.lower) && officeWordKind(words[title - 1]!.lower) !== "connector") title--;
  const skipped = new Set<number>();
  let organisation: string | undefined;
  const owner = words.slice(k, title).findIndex((w) => isPossessive(w));
  for (let m = k; m < title; m++) {
    const w = words[m]!;
    if (isCountryWord(w.text) || isPossessive(w)) continue;
    if (/^\p{Lu}/u.test(w.text) && (owner < 0 || m > k + owner)) continue; // "Roving" of "Roving Ambassador": part of the title
    if (/^\p{Lu}/u.test(w.text) || DESCRIBING_TAGS.has(w.pos)) skipped.add(m);
    else return undefined;
  }
  if (owner >= 0) {
    // "the British Foreign Office's": the institution whose title follows.
    const named = words.slice(k, k + owner).filter((w) => /^\p{Lu}/u.test(w.text));
    if (named.length > 0 && !named.every((w) => isCountryWord(w.text))) {
      organisation = named.map((w) => w.text).join(" ");
      for (let m = k; m < k + owner + 1; m++) skipped.add(m);
    }
  }
  return { title, skipped, ...(organisation ? { organisation } : {}) };
}


/** A capitalised portfolio word of a ministry's title ("Tourism", "Industry"), not a head. */
function listedPortfolioWord(w: Word | undefined): boolean {
  return !!w && /^\p{Lu}/u.test(w.text) && officeWordKind(w.lower) === "modifier";
}
