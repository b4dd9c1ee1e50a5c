/** @module Countries of the people of one article, when no title names them: from what they say, whom they meet, and where. */
import { countryOf, findCountries, isCountryWord, isDemonym } from "../nlp/countries";
import { countryAfter } from "./titles";
import { aidesIn } from "./owned-aide";
import { isGuestOf } from "./guest-cues";
import { inferTravellerCountries } from "./traveller-countries";
import { fold } from "../nlp/fold";
import { lacksPost } from "../nlp/national-bodies";
import { compatibleOffices, isEnvoyTitle, isNationalInstitution, isOfficeHead, normaliseTitle, officeWordKind, samePost } from "../nlp/offices";
import { isHonorific, isPossessive, STATE_FORMS } from "./word-kinds";
import { sentHead } from "./delegation-heads";
import type { ArticlePeople, LocalPerson, PersonRef, StatedOffice } from "./people";
import { sentCountries, type Sent } from "./segment";

/** Words of a contact between the one before and the one after ("call on", "met", "talks with"). */
const CONTACTS = new Set(["call", "calls", "met", "meet", "meets", "meeting", "visit", "visited", "visits", "with", "received", "receive", "receives", "hosted", "hosts"]);

/** Words that make the person beside them a visitor, not a host ("who arrives with", "the visiting President"). */
const ARRIVALS = new Set(["arrive", "arrives", "arrived", "arriving", "visiting", "landed", "lands", "flew"]);

/** What an envoy brings from home: "greetings from President X", "a message of King Y". */
const MESSAGES = new Set(["greetings", "message", "messages", "letter", "regards", "wishes", "congratulations", "invitation", "condolences"]);

/** How many words (the preposition and an article) may stand between a name and the place that ties it elsewhere ("X in Kampala", "X of the Sudan"). */
const PLACE_REACH = 3;

/** Verbs of asking a guest to come ("has asked X to visit", "invited Y to come to"). */
const INVITES = new Set(["invited", "invites", "invite", "asked", "asks"]);

/** Verbs whose "by" names the company one keeps: "accompanied by", "joined at the table by", "flanked by". */
const COMPANY = new Set(["accompanied", "joined", "flanked"]);

/** Verbs that answer another party's act ("welcomed India's support", "thanked Japan's government"): what follows is not one's own country's. */
const RESPONSES = new Set([
  "welcomed", "welcomes", "thanked", "thanks", "praised", "praises", "hailed", "hails", "appreciated", "appreciates", "acknowledged",
  "acknowledges", "commended", "commends", "lauded", "lauds", "applauded", "congratulated", "supported", "supports", "backed", "criticised",
  "criticized", "condemned", "noted", "notes", "recognised", "recognized", "valued", "values", "received", "receives", "accepted", "visited",
]);

/** A line of a list headed by what it is about, then a colon: "- SUDAN: …", "• Egypt: …", "3. Kenya: …". */
const LINE_COUNTRY = /^\s*(?:[-–—•*]|\d{1,2}[.)])\s+([\p{L}' .-]{2,40}?)\s*:/u;

/** Verbs of travelling whose "with" names the traveller's party ("travelled with", "was travelling with", "arrived with"). */
const TRAVELS = /^(?:travell?ed|travell?ing|travels|arrived|arrives|arriving|flew|came)$/;

/** Adverbs a verb of travelling may take before its "with": "flew in with", "arrived here with". */
const TRAVEL_PARTICLE = /^(?:in|here|there|over)$/;

/** Where the "with" of a verb of travelling at `k` stands ("travelled with", "flew in with"), else -1. */
function travelWith(words: Sent["words"], k: number): number {
  const w = words[k]!.lower;
  if (!TRAVELS.test(w) && w !== "together") return -1;
  if (words[k + 1]?.lower === "with") return k + 1;
  return TRAVELS.test(w) && TRAVEL_PARTICLE.test(words[k + 1]?.lower ?? "") && words[k + 2]?.lower === "with" ? k + 2 : -1;
}

/** Verbs that name the members of a party ("a team that includes", "a delegation comprising"): they go on its list. */
const INCLUDES = /^(?:includes|included|include|including|comprises|comprised|comprising)$/;

/**
 * Whether the words from `from` up to a name at `first` put the name in the party a traveller brought: "X travelled with
 * A, Minister of …; B, Minister of …", "He arrived with Foreign Minister A and Trade Minister B", "X is accompanied by A; B;
 * C; and D", "The Veldian leader is travelling with a team that includes A and B"; the whole list, with no meeting or
 * other verb between ("travelled with A and met B"). Words of the names in `here` are not verbs, whatever the tagger says.
 */
function travelledWith(sent: Sent, from: number, first: number, here: PersonRef[] = []): boolean {
  const words = sent.words;
  let open = -1;
  for (let k = from; k < first; k++) {
    const w = words[k]!.lower;
    if (travelWith(words, k) >= 0) open = travelWith(words, k) + 1;
    else if (COMPANY.has(w)) {
      const by = words.findIndex((x, j) => j > k && j <= k + 4 && x.lower === "by");
      if (by > 0 && by < first) open = by + 1;
    }
  }
  if (open < 0) return false;
  // "He was welcomed by Minister A, who was joined by Mayor B": a party opened after another name is that one's.
  if (here.some((r) => r.first >= from && r.last < open && sent.words.slice(r.last + 1, open).some((w) => COMPANY.has(w.lower) || TRAVELS.test(w.lower)))) return false;
  const named = (k: number): boolean => here.some((r) => r.first <= k && r.last >= k);
  return !words.slice(open, first).some((w, j) => !named(open + j) && (CONTACTS.has(w.lower) || SPEECH.has(w.lower) || (w.pos === "VERB" && !INCLUDES.test(w.lower))));
}

/** Words between a name and the verb of its company: "Y, who was accompanied by", "Y, who is travelling with". */
const COMPANY_LEAD = /^(?:,|who|was|is|were|are|has|had|been|also|being)$/;

/**
 * The one whose company a name is in, named right before the verb of company: "Y, who was accompanied by A and B",
 * "Y, accompanied by A", "Y, who is travelling with A"; the list from the verb to the name holds no other verb.
 * @example companyOwner(sent, here, refOfB) // the ref of Y
 */
function companyOwner(sent: Sent, here: PersonRef[], r: PersonRef): PersonRef | undefined {
  const words = sent.words;
  for (let k = r.first - 1; k >= 0; k--) {
    const w = words[k]!.lower;
    const opens = travelWith(words, k) >= 0 || (COMPANY.has(w) && words.slice(k + 1, k + 5).some((x) => x.lower === "by"));
    if (!opens) continue;
    const owner = [...here].reverse().find((o) => o.last < k);
    if (!owner || !words.slice(owner.last + 1, k).every((x) => COMPANY_LEAD.test(x.lower))) return undefined;
    // "where President X met him accompanied by A and B": the object of the meeting is not the one accompanied, its subject is
    if (/^(?:him|her|them)$/.test(words[owner.first]!.lower) && owner.first === owner.last && (words[owner.first - 1]?.pos === "VERB" || words[owner.first - 1]?.pos === "AUX")) {
      const doer = [...here].reverse().find((o) => o.last === owner.first - 2);
      if (!doer) return undefined;
      return travelledWith(sent, doer.last + 1, r.first, here.filter((o) => o !== owner)) ? doer : undefined;
    }
    return travelledWith(sent, owner.last + 1, r.first, here) ? owner : undefined;
  }
  return undefined;
}

/**
 * The traveller a sentence opens with before naming their party: "Travelling with the Prime Minister were …",
 * "Accompanying him are …" (the name or description right after the opening words, then a form of "be").
 */
function travellerOpening(sent: Sent, here: PersonRef[]): PersonRef | undefined {
  const words = sent.words;
  if (!/^(?:travell?ing|accompanying)$/.test(words[0]?.lower ?? "")) return undefined;
  const at = words[1]?.lower === "with" ? 2 : 1;
  const r = here.find((x) => x.first === at || (x.first === at + 1 && words[at]?.lower === "the"));
  return r && /^(?:is|are|was|were)$/.test(words[r.last + 1]?.lower ?? "") ? r : undefined;
}

const SPEECH = new Set(["said", "says", "noted", "stressed", "stated", "added", "emphasized", "emphasised", "underlined", "affirmed", "declared"]);

/**
 * Gives a country to people the article names without one, from what they do in the text:
 * "Minister Ventin expressed Turkey's appreciation" (speaks for Turkey), or a "Kenyan-Chinese"
 * consultation led by a person of unknown country and a Chinese one (the other is Kenyan).
 * @example inferCountries(sents, people) // Olnar Ventin → Turkey
 */
export function inferCountries(sents: Sent[], found: ArticlePeople): void {
  const { people, refs } = found;
  // "Pope Varan", "the Apostolic Nuncio, Archbishop Telu": posts of the Holy See whichever country the article is about.
  for (const p of people) {
    if (p.offices.length === 0 || !p.offices.every((o) => HOLY_SEE_POST.test(o.title))) continue;
    p.country = HOLY_SEE;
    for (const o of p.offices) o.country = HOLY_SEE;
  }
  const votes = new Map<number, string>();
  sents.forEach((sent, si) => {
    const here = refs[si] ?? [];
    const subject = here[0];
    if (subject && !people[subject.person]?.country && !votes.has(subject.person)) {
      let k = subject.last + 1;
      while (sent.words[k]?.pos === "ADV") k++;
      if (sent.words[k]?.pos === "VERB") {
        const country = countryOf(sent.words[k + 1]?.text ?? "");
        // Not "Neven received Portugal's President, X", "Varan told Veldia's top diplomat": what is owned must be a thing, not someone.
        let head = k + 3;
        while (sent.words[head]?.pos === "ADJ") head++;
        const owned = sent.words[head];
        const someone = owned && (officeWordKind(owned.lower) || here.some((r) => r.first === head));
        // Not "Minister Y welcomed India's support": one answers for another country's act, not for one's own.
        // Not "Varan meets Veldia's outgoing and incoming presidents", "Telu hosted Orvane's visiting delegation": whom one meets is another's.
        if (country && !RESPONSES.has(sent.words[k]!.lower) && !CONTACTS.has(sent.words[k]!.lower) && /^['’]s$/.test(sent.words[k + 2]?.text ?? "") && !someone) votes.set(subject.person, country);
      }
    }
    // "Kyrgyzstan sent X, First Deputy Chairman of …, who took part as an observer", "Berlin had sent Y, political director at the
    // Foreign Office" (heldout116 1093, heldout78 x760): the one a state (or its capital) sends is its own.
    const envoy = sentHead(sent.words, here);
    if (envoy && !people[envoy.ref.person]?.country && !votes.has(envoy.ref.person)) votes.set(envoy.ref.person, envoy.country);
    // "Risa carried greetings from President X", "Peol conveyed the greetings of President Y", "Z, who handed him a letter
    // from King W", "a letter from King V was handed to … by Minister U": a message an envoy brings comes from the envoy's own
    // head of state; one received ("Y received a letter from King X") says nothing of whose the sender is.
    // "The King asked Varan to pass on his greetings to President Telu", "asked Ambassador Varan to convey his best wishes to
    // President Telu": a message the one asked takes home goes to that one's own head of state.
    for (const [recipient, bearer] of messageRecipients(sent, here)) {
      const country = people[bearer]?.country;
      if (country && recipient !== bearer && !people[recipient]?.country && !votes.has(recipient)) votes.set(recipient, country);
    }
    for (const [sender, bearer] of messageBearers(sent, here)) {
      const country = people[bearer]?.country;
      if (country && sender !== bearer && !people[sender]?.country && !votes.has(sender)) votes.set(sender, country);
    }
    if (subject && people[subject.person]?.country) {
      for (const r of here.slice(1)) {
        const base = Math.max(subject.last + 1, r.first - 10);
        const before = sent.words.slice(base, r.first).map((w) => w.lower);
        // "he is accompanied by Foreign Minister X", "Tinmor was accompanied by Y": the company one travels with.
        // "Wang was joined at the table by Vice Foreign Minister Y", "X is in Bogotá together with the Vice President, Z".
        const joins = before.findIndex((w, k) => (COMPANY.has(w) && before.slice(k + 1, k + 5).includes("by")) || (w === "together" && before[k + 1] === "with"));
        // "He was welcomed by Minister A, who was joined by Mayor B": the company of the one named last before it, not the subject's.
        const company = joins >= 0 && here.some((o) => o.person !== subject.person && o.last < base + joins && o.first > subject.last) ? -1 : joins;
        // "X travelled with A, Minister of …; B, Minister of …; and C, Secretary of State for …": the whole list is the traveller's party.
        const party = travelledWith(sent, subject.last + 1, r.first, here);
        // "She takes over from David X", "Y, who succeeded Z", "he resigned and was succeeded by W": one takes over a post of
        // one's own country.
        const succession = /^(?:succeeds|succeeded|succeeding|replaces|replaced|replacing)$/.test(before.at(-1) ?? "") || (before.at(-1) === "from" && before.at(-2) === "over") || (before.at(-1) === "by" && /^(?:succeeded|replaced)$/.test(before.at(-2) ?? ""));
        // Not one who takes over a post of a body of several states ("She takes over from Y as Secretary General of the OIF").
        const national = !people[subject.person]!.offices.some((o) => o.organisation && !isNationalInstitution(o.organisation));
        if ((company >= 0 || party || (succession && national)) && !people[r.person]?.country && !votes.has(r.person)) votes.set(r.person, people[subject.person]!.country!);
      }
    }
    // "President X received Veldian Prime Minister Y, who was accompanied by Foreign Minister A and Trade Minister B": the
    // company of the one named right before it, when that one is not the subject.
    for (const r of here) {
      if (people[r.person]?.country || votes.has(r.person)) continue;
      const owner = companyOwner(sent, here, r);
      const country = owner && owner !== subject ? people[owner.person]?.country : undefined;
      if (country && owner!.person !== r.person) votes.set(r.person, country);
    }
    // A country's party and the people the sentence ties to it: "The PNG delegation led by DPM Metin includes the Minister
    // for Internal Security, Hon. X", "received a delegation of Syria's People's Assembly led by Y", "two envoys of the
    // President of Somalia: X, …", "On the Japanese side, X was accompanied by Y" (those named after it, before any act
    // of meeting), "Ambassador X … headed the Algerian delegation" (the one who leads it).
    for (const party of sentParties(sent)) {
      const at = sent.words.findIndex((w) => w.start >= party.end);
      // A semicolon ends the party where another country's side follows it ("led by A; the Orvane side by B"), not between the
      // items of its own list ("were the Minister of Trade, A; Foreign Minister B; …").
      const otherSide = (k: number): boolean => {
        const next = sent.words.findIndex((w, j) => j > k && w.text === ";");
        const end = next < 0 ? sent.text.length : sent.words[next]!.start;
        return findCountries(sent.text.slice(sent.words[k]!.end, end)).some((c) => c.country !== party.country);
      };
      // "A headed the Veldian side, while Orvane's team was led by B": another country's party ends this one's members.
      const next = sentParties(sent).find((o) => o.country !== party.country && o.start >= party.end);
      // "On the Veldian side the meeting was attended by A and B": a sentence that opens on a side names its members before any
      // act of meeting of theirs; a contact noun before the first of them ("the meeting") is what they attended.
      const from = party.opening ? Math.max(at, here.find((r) => r.first >= at)?.first ?? at) : at;
      const stop = sent.words.findIndex((w, k) => k >= from && (CONTACTS.has(w.lower) || (w.text === ";" && otherSide(k)) || (next !== undefined && w.start >= next.start)));
      const leads = sent.words.findIndex((w) => w.end > party.start);
      const leader = LEADS.test(sent.text.slice(0, party.start)) || LEADS.test(sent.text.slice(0, sent.words[leads]?.start ?? 0)) ? [...here].reverse().find((r) => r.last < leads - 2) : undefined;
      // "A, B and C sat on the Veldian side": the list right before the verb, no other verb in it.
      const verb = party.seatedAt === undefined ? -1 : sent.words.findIndex((w) => w.start >= party.seatedAt!);
      const named = (k: number): boolean => here.some((x) => x.first <= k && x.last >= k);
      const seated = (r: PersonRef): boolean => verb > r.last && !sent.words.slice(r.first, verb).some((w, j) => !named(r.first + j) && (w.pos === "VERB" || w.pos === "AUX" || CONTACTS.has(w.lower) || w.text === ":"));
      for (const r of here) {
        // "… by B, who co-chaired the session at Minister C's invitation": one named as an owner is no member.
        const after = party.members && at >= 0 && r.first >= at && (stop < 0 || r.first < stop) && !isPossessive(sent.words[r.last + 1]);
        if (!after && r !== leader && !seated(r)) continue;
        if (!people[r.person]?.country && !votes.has(r.person) && !people[r.person]?.offices.some((o) => o.organisation && !isNationalInstitution(o.organisation))) votes.set(r.person, party.country);
      }
    }
    // "Archbishop X, the Apostolic Nuncio, who represents the Holy See", "Y, representing Veldia, said": whom one represents.
    for (const c of sentCountries(sent)) {
      if (c.kind === "city" || !/(?:,\s+who\s+represents|,\s+representing)\s+(?:the\s+)?$/i.test(sent.text.slice(0, c.index))) continue;
      const at = sent.words.findIndex((w) => w.start >= c.index);
      const r = [...here].reverse().find((x) => x.last < at);
      if (r && !people[r.person]?.country && !votes.has(r.person) && !sent.words.slice(r.last + 1, at).some((w) => /^[;:]$/.test(w.text))) votes.set(r.person, c.country);
    }
    // "Speaking for Peru, Vasko said …", "Speaking for Lima, the deputy minister said …",
    // "Halvik signed for Kenya and his counterpart, Y, for Ghana": one speaks or signs for one's own country.
    const opener = SPEAKS_FOR.exec(sent.text);
    const spoken = opener ? countryNamed(opener[1]!) : undefined;
    const speaker = opener ? here.find((r) => sent.words[r.first]!.start >= opener[0].length) : undefined;
    if (spoken && speaker && sent.words[speaker.first]!.start - opener![0].length <= 40 && !people[speaker.person]?.country && !votes.has(speaker.person)) votes.set(speaker.person, spoken);
    // "Estonia hopes the new mission will help …, Foreign Minister X said", "Kyiv hopes that …, Y added": a country's own
    // stance, told by the one the sentence credits at its end, is that one's country.
    const stance = COUNTRY_STANCE.exec(sent.text);
    const stanceOf = stance ? countryNamed(stance[1]!) : undefined;
    const credited = stanceOf ? [...here].reverse().find((r) => sent.words[r.first]!.start > stance![0].length && CREDITED_AFTER.test(sent.text.slice(sent.words[r.last]!.end))) : undefined;
    if (stanceOf && credited && sent.text.slice(stance![0].length, sent.words[credited.first]!.start).includes(",") && !people[credited.person]?.country && !votes.has(credited.person)) votes.set(credited.person, stanceOf);
    for (const r of here) {
      const after = sent.text.slice(sent.words[r.last]!.end);
      const before = sent.text.slice(0, sent.words[r.first]!.start);
      // "Halvik signed for Kenya", "and Foreign Secretary Y for Orvane" after "co-chaired the session for Veldia", "signed for Orvane by Z"
      const signed = SIGNS_FOR.exec(after) ?? (FIRST_SIDE_FOR.test(before) ? GAPPED_FOR.exec(after) : null) ?? SIGNED_FOR_BY.exec(before);
      const country = signed ? countryNamed(signed[1]!) : undefined;
      if (country && !people[r.person]?.country && !votes.has(r.person)) votes.set(r.person, country);
    }
    // "Venezuelan Foreign Minister A, Oil Minister B and Finance Minister C flew to …", "Iran's Supreme Leader D and President E":
    // a country written before the first title of a list of titled names is every one's.
    for (const [k, head] of here.entries()) {
      const country = listCountry(sent, head, k > 0 ? here[k - 1]!.last + 1 : 0);
      // "talks between Veldian President A and President B": the two sides of "between", not one country's list.
      if (!country || sent.words.slice(0, head.first).some((w) => w.lower === "between")) continue;
      // "…, and King Z in turn asked" opens another clause: ", and" goes on only a list of three or more.
      for (let n = k + 1; here[n] && titledListItem(sent, here[n - 1]!, here[n]!, n > k + 1); n++) {
        const r = here[n]!;
        // "Veldian Prime Minister A and Prime Minister B met": a country has one holder of a post, the second is another's.
        if (here.slice(k, n).some((h) => people[h.person]?.offices.some((o) => people[r.person]?.offices.some((q) => samePost(o.title, q.title))))) break;
        // ("Veldia's transport minister A, Orvanian Union envoy B and …": a post of a body above states is no country's)
        if (people[r.person]?.offices.some((o) => o.organisation && !isNationalInstitution(o.organisation))) continue;
        if (!people[r.person]?.country && !votes.has(r.person) && people[r.person]?.offices.length) votes.set(r.person, country);
      }
    }
    // "Travelling with the Prime Minister were A, B and C", "Travelling with him is Dr D": the party a traveller brings,
    // named after the verb of a sentence opened by the traveller.
    const traveller = travellerOpening(sent, here);
    const guide = traveller && people[traveller.person]?.country;
    if (traveller && guide) {
      const stop = sent.words.findIndex((w, k) => k > traveller.last + 1 && (CONTACTS.has(w.lower) || w.text === ";"));
      for (const r of here) {
        if (r.first <= traveller.last + 1 || (stop >= 0 && r.first > stop) || people[r.person]?.country || votes.has(r.person)) continue;
        if (!people[r.person]?.offices.some((o) => o.organisation && !isNationalInstitution(o.organisation))) votes.set(r.person, guide);
      }
    }
    // "Halvik's delegation included Veldia's Minister of Foreign Affairs, A; the Minister of National Security, B",
    // "Telmar's delegation included Minister in the Presidency C, Trade Minister D": the party one
    // brings is of one's own country, those it names up to a word of contact.
    for (const owner of here) {
      const country = people[owner.person]?.country;
      const end = sent.words[owner.last]!.end;
      if (!country || !OWN_PARTY.test(sent.text.slice(end))) continue;
      const stop = sent.words.findIndex((w, k) => k > owner.last && CONTACTS.has(w.lower));
      for (const r of here) {
        if (r.first <= owner.last || (stop >= 0 && r.first > stop) || people[r.person]?.country || votes.has(r.person)) continue;
        if (!people[r.person]?.offices.some((o) => o.organisation && !isNationalInstitution(o.organisation))) votes.set(r.person, country);
      }
    }
    // "Varan's predecessor, Telu", "Kestas's spokeswoman, Orvel Halvik": one's predecessor, aide or envoy serves one's own country.
    for (const { owner, aide, predecessor } of aidesIn(sent.words, here, people, found.owners[si])) {
      const country = people[owner]?.country;
      if (!country || aide === owner) continue;
      if (people[owner]!.offices.some((o) => o.organisation && !isNationalInstitution(o.organisation))) continue;
      // a predecessor whose country another sentence gave already held the post too, when it is the successor's country
      const known = people[aide]?.country ?? votes.get(aide);
      if (predecessor && (known ?? country) === country) predecessorOffice(people[owner]!, people[aide]!, country, si);
      if (known === undefined) votes.set(aide, country);
    }
    // "Prime Minister X has asked Japanese Prime Minister Y to visit Viet Nam", "the prime minister invited him to come to
    // PNG": one invites a guest to one's own country.
    for (const host of here) {
      if (people[host.person]?.country || votes.has(host.person)) continue;
      // The verb right after the host ("has asked"), then the guest and what they are asked to do.
      // Or the subject's later verb: "The minister said Tehran was ready …, and invited Y to visit Iran".
      const near = sent.words.findIndex((w, k) => k > host.last && k <= host.last + 3 && INVITES.has(w.lower));
      const later = host === here[0] ? sent.words.findIndex((w, k) => k > host.last && INVITES.has(w.lower) && sent.words[k - 1]?.lower === "and" && !here.some((r) => r.first > host.last && r.first < k)) : -1;
      const verb = near >= 0 ? near : later;
      if (verb < 0) continue;
      const rest = sent.words.slice(verb + 1, verb + 12);
      const to = rest.findIndex((w, k) => w.lower === "to" && /^(?:visit|come|travel)$/.test(rest[k + 1]?.lower ?? ""));
      if (to < 0 || rest.slice(0, to).some((w) => /^[,;:]$/.test(w.text))) continue;
      let at = verb + 1 + to + 2;
      if (sent.words[at]?.lower === "to") at++;
      if (sent.words[at]?.lower === "the") at++;
      const country = countryAfter(sent.words, at);
      const guests = here.filter((r) => r.first > verb && r.first < verb + 1 + to);
      if (country && !guests.some((g) => people[g.person]?.country === country)) votes.set(host.person, country);
    }
    // "He is the first Veldian minister to travel to …" (read32 x232), "Telu is the first Orvanian minister to travel to …"
    // (read13 n105): a predicate of the subject's own post with its demonym.
    if (subject && !people[subject.person]?.country && !votes.has(subject.person)) {
      let k = subject.last + 1;
      while (sent.words[k]?.pos === "ADV") k++;
      if (/^(?:is|was|became|becomes)$/.test(sent.words[k]?.lower ?? "") && sent.words[k + 1]?.lower === "the") {
        let d = k + 2;
        while (/^(?:first|second|third|new|current|youngest|only|sitting)$/.test(sent.words[d]?.lower ?? "")) d++;
        const demonym = sent.words[d];
        if (demonym && isDemonym(demonym.text) && officeWordKind(sent.words[d + 1]?.lower ?? "") !== undefined) votes.set(subject.person, countryOf(demonym.text)!);
      }
    }
    // "- SUDAN: Ambassador-designate X.", "• Egypt: Foreign Minister Y": a list's line headed by a country names that country's people.
    const headed = LINE_COUNTRY.exec(sent.text);
    const lineCountry = headed ? countryOf(headed[1]!.trim()) : undefined;
    if (lineCountry) {
      const at = headed![0].length;
      for (const r of here) if (sent.words[r.first]!.start >= at && !people[r.person]?.country && !votes.has(r.person)) votes.set(r.person, lineCountry);
    }
    // "Back in Canada, Prime Minister Mark Loven told …", "In the United States, congresswoman X reacted …":
    // a sentence set in a country, whose first words after the comma name someone of no known country.
    const setting = /^(?:back\s+)?in\s+(?:the\s+)?([\p{L}' -]+?)\s*,/iu.exec(sent.text);
    const home = setting ? countryOf(setting[1] ?? "") : undefined;
    const first = here.find((r) => sent.words[r.first]!.start > (setting?.[0].length ?? 0));
    // Not a visitor at a stop of a tour: "In Veldia, X was received by President Y" (read32 x232), "In Orvane, X held talks with
    // Y" (read30 x177).
    let after = (first?.last ?? 0) + 1;
    while (/^(?:AUX|ADV)$/.test(sent.words[after]?.pos ?? "")) after++;
    const met = CONTACTS.has(sent.words[after]?.lower ?? "") || /^(?:received|welcomed|greeted|hosted)$/.test(sent.words[after]?.lower ?? "");
    if (home && first && first === subject && !met && !people[first.person]?.country && !votes.has(first.person)) {
      const between = sent.words.filter((w) => w.start >= setting![0].length && w.start < sent.words[first.first]!.start);
      if (between.every((w) => /^\p{Lu}/u.test(w.text) || /^(?:the|a)$/.test(w.lower) || officeWordKind(w.lower))) votes.set(first.person, home);
    }
    // "Abdelatty said Egypt and Türkiye would …": a speaker with no country speaks for the first one named.
    if (here.length === 1 && subject && !people[subject.person]?.country && !votes.has(subject.person)) {
      const speech = sent.words.findIndex((w, k) => k > subject.last && SPEECH.has(w.lower));
      let k = speech + 1;
      if (sent.words[k]?.lower === "that") k++;
      // "said New Orvania highly values …", "said the United States would …": a name of several words is read whole.
      const written = speech > 0 && sent.words[k] ? findCountries(sent.text.slice(sent.words[k]!.start)).find((c) => c.index === 0 && c.kind === "name") : undefined;
      const country = speech > 0 ? countryOf(sent.words[k]?.text ?? "") ?? written?.country : undefined;
      const end = written && !countryOf(sent.words[k]?.text ?? "") ? sent.words.findIndex((w) => w.start >= sent.words[k]!.start + written.text.length) : k + 1;
      const next = end > 0 ? sent.words[end] : undefined;
      // Not a country described ("the president said Veldia was his country's closest partner"): what one says of a
      // country may be said of another's; a country that acts ("said Veldia would", "said Veldia hopes") is one's own.
      const described = /^(?:is|was|are|were|remains|remained|has\s+been|had\s+been)$/.test(next?.lower ?? "") || (next?.lower === "has" && sent.words[end + 1]?.lower === "been");
      if (country && next && !described && (next.pos === "VERB" || next.pos === "AUX" || next.pos === "ADV" || next.lower === "and")) votes.set(subject.person, country);
    }
    // "talks between presidents @A and B … between #Cuba and #China": two people, two countries, one known.
    const named = partyCountries(sent.text);
    const pair = [...new Set(here.map((r) => r.person))];
    if (named.length === 2 && pair.length === 2) {
      // People of an international organisation have no country to infer.
      const unknown = pair.filter((p) => !people[p]?.country && !votes.has(p) && !people[p]?.offices.some((o) => o.organisation));
      const known = pair.map((p) => people[p]?.country).filter((c): c is string => c !== undefined);
      const left = named.filter((c) => !known.includes(c));
      // Not "Veldia's Ambassador in Orvane A, with officials of the Orvanian ministry, received X": an envoy's guest in the
      // country of the posting may be a compatriot.
      const envoy = pair.some((p) => people[p]?.offices.some((o) => o.to !== undefined && o.to === left[0]));
      if (unknown.length === 1 && known.length === 1 && named.includes(known[0]!) && left.length === 1 && !envoy) votes.set(unknown[0]!, left[0]!);
    }
    for (const w of sent.words) {
      // (most words hold no hyphen: nothing split for them)
      if (!w.text.includes("-")) continue;
      const parts = w.text.split("-");
      if (parts.length !== 2) continue;
      const pair = parts.map((p) => countryOf(p));
      if (pair.some((c) => c === undefined)) continue;
      const unknown = here.filter((r) => !people[r.person]?.country);
      const known = new Set(here.map((r) => people[r.person]?.country).filter(Boolean));
      const left = pair.filter((c) => !known.has(c));
      if (unknown.length === 1 && known.size >= 1 && left.length === 1) votes.set(unknown[0]!.person, left[0]!);
    }
  });
  // "Minister of Foreign Affairs, Cooperation and Burkinabè Abroad", "Minister of Foreign Affairs, African Cooperation and
  // Moroccan Expatriates": a ministry of a country's own people abroad is that country's.
  people.forEach((p, i) => {
    if (p.country || votes.has(i)) return;
    for (const o of p.offices) {
      const own = DIASPORA.exec(o.title)?.[1];
      const country = own && (isDemonym(own) ? countryOf(own) : isDemonym(own.replace(/s$/, "")) ? countryOf(own.replace(/s$/, "")) : undefined);
      if (country) return void votes.set(i, country);
    }
  });
  for (const [person, country] of votes) {
    const p = people[person]!;
    p.country ??= country;
    for (const o of p.offices) o.country ??= country;
  }
  // "Mexico's López Obrador … President López Obrador": a national office of a person known to serve a country is that country's.
  for (const p of people) {
    if (!p.country) continue;
    for (const o of p.offices) if (!o.country && (!o.organisation || isNationalInstitution(o.organisation)) && !o.to) o.country = p.country;
  }
}

/** Posts only the Holy See gives: the Pope, its envoys. */
const HOLY_SEE_POST = /^(?:Pope|Apostolic Nuncio|Nuncio)\b/i;
const HOLY_SEE = countryOf("Holy See") ?? "Vatican";

/**
 * Gives a predecessor named with no office of their own the post of the one who followed them, held before: "Varan's
 * predecessor, Telu" with Varan the Veldian Foreign Minister makes Telu a Former Foreign Minister of Veldia. Only when the
 * article gives the successor one post.
 */
function predecessorOffice(successor: LocalPerson, predecessor: LocalPerson, country: string, sentence: number): void {
  if (predecessor.offices.length > 0) return;
  const posts = successor.offices.filter((o) => !o.to && !/^(?:former|acting)\b/i.test(o.title) && (!o.organisation || isNationalInstitution(o.organisation)));
  const post = posts.find((o) => posts.every((q) => samePost(o.title, q.title)));
  if (!post) return;
  predecessor.offices.push({ title: `Former ${post.title.replace(/\s+of\s+[\p{Lu}][\p{L}' -]*$/u, (m) => (countryOf(m.replace(/^\s+of\s+/, "")) ? "" : m))}`, country, from: "possessive", sentence });
}

/** Verbs of bringing a message to its reader ("conveyed greetings from", "handed over a letter from", "delivered a message of"). */
const CONVEYS = /^(?:convey(?:s|ed|ing)?|carr(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|hand(?:s|ed|ing)?|bring(?:s|ing)?|brought|pass(?:es|ed|ing)?|transmit(?:s|ted|ting)?|present(?:s|ed|ing)?|relay(?:s|ed|ing)?|extend(?:s|ed|ing)?)$/;

/** Words between a verb of bringing and the message: "handed over a personal letter", "conveyed the warm greetings". */
const MESSAGE_LEAD = /^(?:over|on|out|a|an|the|his|her|their|its|two|personal|written|verbal|special|congratulatory|warm|cordial|fraternal|best|sincere)$/;

/**
 * The sender and the bearer of each message a sentence names: "Risa carried greetings from President X" (X, Risa),
 * "Z, who handed him a letter from King W" (W, Z), "a letter from King V was handed to the President by Minister U" (V, U),
 * "he is expected to hand a letter from President T" (T, he); none for a message received ("Y received a letter from
 * King X") or for "at the invitation of", whose sender is the host.
 * @example messageBearers(sent, refs) // [[personOfX, personOfRisa]]
 */
function messageBearers(sent: Sent, here: PersonRef[]): [number, number][] {
  const words = sent.words;
  const out: [number, number][] = [];
  words.forEach((w, m) => {
    if (!MESSAGES.has(w.lower)) return;
    if (w.lower === "invitation" && /^(?:at|on)$/.test(words[m - 2]?.lower ?? "")) return;
    const found = messageSender(sent, here, m);
    if (!found) return;
    const { sender, start } = found;
    const senders = [sender];
    for (let n = here.indexOf(sender) + 1; start === m && here[n] && words.slice(here[n - 1]!.last + 1, titleStart(sent, here[n]!.first, here[n - 1]!.last + 1)).map((x) => x.lower).join(" ") === "and"; n++) senders.push(here[n]!);
    // The bearer: the one who conveys it ("Risa carried greetings", "who handed him a letter"), or the one "by" whom it was handed.
    let v = start - 1;
    while (v >= 0 && (MESSAGE_LEAD.test(words[v]!.lower) || words[v]!.pos === "ADJ" || (words[v]!.pos === "PRON" && v < m - 1))) v--;
    const verb = words[v];
    let bearer: PersonRef | undefined;
    if (verb && CONVEYS.test(verb.lower)) {
      const before = here.filter((r) => r.last < v);
      const relative = /^(?:who|whom)$/.test(words[v - 1]?.lower ?? "") ? before.filter((r) => r.last < v - 1 && words.slice(r.last + 1, v - 1).every((x) => x.text === ",")).at(-1) : undefined;
      // The sentence's subject, not one named in an opening participle's phrase ("Received by the King, Varan … passed on the greetings of …").
      const opening = words[0]?.pos === "VERB" ? words.findIndex((x) => x.text === ",") : -1;
      const subject = (opening > 0 ? here.find((r) => r.first > opening) : undefined) ?? here[0];
      // "The minister called on President X, conveying the greetings of …": a participle after a comma is the subject's act.
      const participle = words[v - 1]?.text === "," && /ing$/.test(verb.lower) ? subject : undefined;
      // "Varan met President Telu and gave him a letter from …", "Varan thanked his host, then relayed the greetings of …",
      // "Varan was received by the President, Telu, and conveyed the greetings of …": a verb joined to the one before it with
      // no subject of its own is the act of the sentence's subject, not of the one named last.
      // Not inside a relative clause ("… Ambassador Y, who presented his letters and conveyed …" is Y's act).
      const joined = subject && /^(?:and|,)$/.test(words[v - 1]?.lower ?? "") && !isPossessive(words[subject.last + 1]) && !words.slice(subject.last + 1, v).some((x) => /^(?:who|whom|which)$/.test(x.lower)) ? subject : undefined;
      bearer = relative ?? (participle && participle.last < v ? participle : joined && joined.last < v ? joined : before.at(-1));
    } else {
      // "A letter from King V was handed to the President on Wednesday by Minister U".
      const by = words.findIndex((x, k) => k > sender.last && x.lower === "by" && words.slice(sender.last + 1, k).some((y) => CONVEYS.test(y.lower)));
      bearer = by > 0 ? here.find((r) => r.first > by && words.slice(by + 1, r.first).every((x) => !x.pos.startsWith("VERB") && x.text !== ",")) : undefined;
    }
    if (bearer) for (const r of senders) out.push([r.person, bearer.person]);
  });
  return out;
}

/**
 * Who sends the message word at `m`, and where the words of the message begin: the first one named after "from" or "of",
 * with only their title and style between ("greetings from the Veldian President, Dr X"; "the greetings of Prime Minister
 * X and President Y": each one joined by "and"), or the owner before it ("relayed President X's warm greetings",
 * "conveyed Varan's regards"); not "a message from his government for Mr Y", whose sender is no one named.
 */
function messageSender(sent: Sent, here: PersonRef[], m: number): { sender: PersonRef; start: number } | undefined {
  const words = sent.words;
  if (/^(?:from|of)$/.test(words[m + 1]?.lower ?? "")) {
    const sender = here.find((r) => r.first > m + 1);
    return sender && words.slice(m + 2, sender.first).every(senderTitleWord) ? { sender, start: m } : undefined;
  }
  let p = m - 1;
  while (p >= 0 && !isPossessive(words[p]) && (words[p]!.pos === "ADJ" || MESSAGE_LEAD.test(words[p]!.lower))) p--;
  const sender = isPossessive(words[p]) ? here.find((r) => r.last === p - 1) : undefined;
  return sender ? { sender, start: titleStart(sent, sender.first, 0) } : undefined;
}

/** Verbs of asking someone to carry a message ("asked X to convey", "requested the envoy to pass on"). */
const ASKS = /^(?:asked|asks|requested|requests|tasked|entrusted|urged)$/;

/**
 * The recipient and the bearer of each message a sentence has someone asked to carry: "The King asked Varan to pass on his
 * greetings to President Telu and Prime Minister Kestas" ([Telu, Varan], [Kestas, Varan]); none when the bearer is not the
 * one asked right before "to convey" ("Varan conveyed greetings to Telu" says nothing of whose Telu is).
 * @example messageRecipients(sent, refs) // [[personOfTelu, personOfVaran]]
 */
function messageRecipients(sent: Sent, here: PersonRef[]): [number, number][] {
  const words = sent.words;
  const out: [number, number][] = [];
  words.forEach((w, m) => {
    if (!MESSAGES.has(w.lower) || words[m + 1]?.lower !== "to") return;
    let v = m - 1;
    while (v >= 0 && (MESSAGE_LEAD.test(words[v]!.lower) || words[v]!.pos === "ADJ" || words[v]!.pos === "PRON")) v--;
    if (!CONVEYS.test(words[v]?.lower ?? "") || words[v - 1]?.lower !== "to") return;
    const bearer = here.find((r) => r.last === v - 2);
    // The one asked, right after the verb of asking with only a title between ("asked the Veldian minister to", "asked Ambassador X to").
    let a = bearer ? bearer.first - 1 : -1;
    while (a >= 0 && senderTitleWord(words[a]!)) a--;
    if (!bearer || !ASKS.test(words[a]?.lower ?? "")) return;
    const first = here.find((r) => r.first > m + 1);
    if (!first || !words.slice(m + 2, first.first).every(senderTitleWord)) return;
    out.push([first.person, bearer.person]);
    for (let n = here.indexOf(first) + 1; here[n] && words.slice(here[n - 1]!.last + 1, titleStart(sent, here[n]!.first, here[n - 1]!.last + 1)).map((x) => x.lower).join(" ") === "and"; n++) out.push([here[n]!.person, bearer.person]);
  });
  return out;
}

/** Whether a word may stand between "greetings from" and the sender's name: a title's, a country's, a style's, a comma. */
const senderTitleWord = (w: Sent["words"][number]): boolean => officeWordKind(w.lower) !== undefined || /^\p{Lu}/u.test(w.text) || /^(?:the|,)$/.test(w.lower) || isPossessive(w) || isHonorific(w);

/** A sentence opened by whom one speaks for: "Speaking for Peru,", "Speaking on behalf of Kenya,". */
const SPEAKS_FOR = /^(?:Speaking|Responding|Replying)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?([\p{Lu}][\p{L}' -]{1,40}?)\s*,/u;

/** After a name, whom one signs or sits for: " signed for Rwanda", " signed the deal on behalf of Kenya", " co-chaired the session for Bhutan". */
const SIGNS_FOR = /^,?\s+(?:signed|co-chaired|chaired)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?([\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+){0,3})/u;

/** The second of two sides a sentence sets out with one verb: "… signed for Kenya and Y for Ghana", "… and his counterpart, Y, for Ghana". */
const GAPPED_FOR = /^,?\s+for\s+(?:the\s+)?([\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+){0,3})\s*(?:[.,;]|$)/u;

/** Before such a second side: the verb and the first side's country, then "and". */
const FIRST_SIDE_FOR = /\b(?:signed|co-chaired|chaired)\b[^.;]*?\b(?:for|on\s+behalf\s+of)\s+(?:the\s+)?\p{Lu}[^.;]*\band\b/u;

/** Before a name, the country a document was signed for: "The first was signed for Bangladesh by X". */
const SIGNED_FOR_BY = /\bsigned\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?([\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+){0,3})\s+by\s+(?:[\p{Lu}][\p{L}.'-]*\s+){0,4}$/u;

/** A sentence opened by a country's stance: "Estonia hopes", "Norway stands firmly behind", "Kyiv hopes that", "Moldova wants to". */
const COUNTRY_STANCE = /^(?:The\s+)?(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})\s+(?:(?:firmly|strongly|fully)\s+)?(?:hopes|wants|wishes|stands|is\s+ready|remains|supports|welcomes|values|intends|seeks|looks\s+forward|is\s+determined|will\s+continue|is\s+keen|is\s+committed|is\s+interested|attaches)\b/u;

/** After the name the sentence's end credits: a bracket, an apposition set off by commas, then a verb of saying ("(Eesti 200) said", ", State Secretary at …, said"). */
const CREDITED_AFTER = /^\s*(?:\([^)]{1,40}\))?\s*(?:,[^,;]{1,120},)?\s*(?:said|says|told|added|stressed|noted)\b/;

/** The country a phrase names by name or capital ("Guinea-Bissau", "Islamabad"), not by a demonym. */
function countryNamed(phrase: string): string | undefined {
  const found = findCountries(phrase).find((c) => c.kind !== "demonym" && c.index === 0);
  return found ? found.country : undefined;
}

/** Whether a word may stand in a title written before a name ("Foreign Minister", "Supreme Leader", "Oil Minister"). */
const titleWord = (w: Sent["words"][number]): boolean => officeWordKind(w.lower) !== undefined || /^\p{Lu}/u.test(w.text);

/** A demonym inside a portfolio, after a connector of the title ("Minister for European Affairs", "Foreign and European Affairs Minister"), not one before the title. */
const portfolioDemonym = (sent: Sent, k: number): boolean => officeWordKind(sent.words[k - 1]?.lower ?? "") === "connector" && titleWord(sent.words[k + 1] ?? sent.words[k]!);

/** Where the title before a name begins: back over its words from the name's first word, not past `floor`. */
function titleStart(sent: Sent, first: number, floor: number): number {
  let k = first;
  // "Minister of the Sea": an article after "of" inside the title.
  const inTitle = (j: number): boolean => titleWord(sent.words[j]!) || (sent.words[j]!.lower === "the" && sent.words[j - 1]?.lower === "of");
  while (k > floor && inTitle(k - 1) && sent.words[k - 1]!.text !== "," && (!isDemonym(sent.words[k - 1]!.text) || portfolioDemonym(sent, k - 1)) && !/^['’]s$/.test(sent.words[k - 1]!.text)) k--;
  // A title opens with no "and" ("… B and Finance Minister C").
  while (k < first && officeWordKind(sent.words[k]!.lower) === "connector") k++;
  return k;
}

/** The country a demonym or owner writes before the title of a name: "Venezuelan Foreign Minister A", "Iran's Supreme Leader B". */
function listCountry(sent: Sent, r: PersonRef, floor: number): string | undefined {
  let start = titleStart(sent, r.first, floor);
  // "Veldia's Minister of the Sea, Transport and Infrastructure A", "Veldia's Minister of Energy and Oil, Dr A": a title
  // whose portfolio or honorific follows a comma, back to the office word that opens it.
  while (sent.words[start - 1]?.text === "," && start - 1 > floor) {
    const t = titleStart(sent, start - 1, floor);
    if (t === start - 1 || !sent.words.slice(t, start - 1).some((w) => isOfficeHead(w.text))) break;
    start = t;
  }
  if (start === r.first || !sent.words.slice(start, r.first).some((w) => isOfficeHead(w.text))) return undefined;
  const before = sent.words[start - 1];
  if (before && isDemonym(before.text)) return countryOf(before.text);
  if (before && /^['’]s$/.test(before.text)) return countryOf(sent.words[start - 2]?.text ?? "");
  return undefined;
}

/** Whether `next` is the next item of a list of titled names after `prev`: ", Oil Minister B", " and President E". */
function titledListItem(sent: Sent, prev: PersonRef, next: PersonRef, serial: boolean): boolean {
  if (next.via !== "name") return false;
  const start = titleStart(sent, next.first, prev.last + 1);
  const joint = sent.words.slice(prev.last + 1, start).map((w) => w.lower).join(" ");
  if (start < next.first && sent.words.slice(start, next.first).some((w) => isOfficeHead(w.text)) && (joint === "," || joint === "and" || (serial && joint === ", and"))) return true;
  return appositionItem(sent, prev, next, serial);
}

/**
 * Whether `next` is a list item written as a title, a comma, then the name: "…, Minister A and the Speaker of the
 * Assembly, B", "…, Dr A, the Undersecretary of Foreign Affairs, Ambassador B". The title names no country of its own.
 */
function appositionItem(sent: Sent, prev: PersonRef, next: PersonRef, serial: boolean): boolean {
  const words = sent.words;
  // The comma before the name, past its own honorifics or title ("…, Ambassador B").
  const own = titleStart(sent, next.first, prev.last + 1);
  const comma = own - 1;
  if (words[comma]?.text !== ",") return false;
  let k = prev.last + 1;
  const sep = words.slice(k, k + 2).map((w) => w.lower).join(" ");
  if (sep === ", and" && serial) k += 2;
  else if (words[k]?.text === "," || words[k]?.lower === "and") k++;
  else return false;
  if (words[k]?.lower === "the") k++;
  const title = words.slice(k, comma);
  // The title opens with an office word and holds a head ("Speaker of the Assembly", "Deputy Minister of Trade").
  const opens = title[0] !== undefined && officeWordKind(title[0].lower) !== undefined && officeWordKind(title[0].lower) !== "connector" && title.some((w) => isOfficeHead(w.text));
  return opens && title.every((w, j) => (officeWordKind(w.lower) !== undefined || w.lower === "the" || /^\p{Lu}/u.test(w.text)) && (!isCountryWord(w.text) || portfolioDemonym(sent, k + j)));
}

/** Words for the people who act for a country together. */
const PARTY = "delegation|delegates|entourage|side|team|envoys?|emissar(?:y|ies)|representatives";

/** A country's party named right after the country: "'s delegation", " side". */
const PARTY_NAMED = new RegExp(`^(?:['’]s)?\\s+(?:${PARTY})\\b`, "i");

/** After a country, the verb that names who acts for it: "was represented by", "will be represented by". */
const REPRESENTED = /^\s+(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+represented\s+by\b/i;

/** A party whose country follows: "a delegation of", "envoys of the President of". */
const PARTY_OF = new RegExp(`\\b(?:${PARTY})\\s+(?:of|from)\\s+(?:the\\s+)?(?:(?:President|King|Emir|Amir|Sultan|Government|Prime\\s+Minister|Parliament)\\s+of\\s+(?:the\\s+)?)?$`, "i");

/** A country's party in a sentence (see {@link countryParties}). */
interface CountryParty {
  country: string;
  start: number;
  end: number;
  members: boolean;
  seatedAt?: number;
  /** Whether the sentence opens on the party ("On the Veldian side …"): all it names next are its members. */
  opening?: boolean;
}

/**
 * A sentence's country parties, found once per sentence: `inferCountries` runs twice in each reading
 * of an article, and an article may be read twice; a sentence is kept only while its article is read.
 */
function sentParties(sent: Sent): readonly CountryParty[] {
  let found = SENT_PARTIES.get(sent);
  if (found === undefined) SENT_PARTIES.set(sent, (found = countryParties(sent.text)));
  return found;
}

const SENT_PARTIES = new WeakMap<Sent, readonly CountryParty[]>();

/**
 * Where a sentence names a country's party, and whose: "the Ukrainian delegation led by", "The PNG delegation includes",
 * "On the Japanese side,", "a delegation of Syria's People's Assembly", "envoys of the President of Somalia:"; not
 * "the Ukrainian side of the border" nor "views of both sides".
 * @example countryParties("two envoys of the President of Somalia: X") // [{ country: "Somalia", … }]
 */
function countryParties(text: string): CountryParty[] {
  const out: CountryParty[] = [];
  for (const c of findCountries(text)) {
    if (c.kind === "city") continue;
    const after = text.slice(c.index + c.text.length);
    const before = text.slice(0, c.index);
    // "the PNG delegation led by", "On the Japanese side, X was accompanied by": the country's party, then its people;
    // "X headed the Algerian delegation": its leader.
    // "Pakistan's delegation", "The Pakistani delegation was led by", "the Mexican side was headed by".
    // "According to the Veldian side, the talks covered …": the side a report cites, not a party whose members follow.
    if (/\baccording\s+to\s+(?:the\s+)?$/i.test(before)) continue;
    const named = PARTY_NAMED.exec(after);
    // "On the Veldian side were the Minister of Trade, A; …", "the Veldian side was represented by B": those named next are its members.
    // "The Veldian side at the talks included …": a short phrase of where between the party and its members.
    // "The Veldian delegation that X led to Tarsk included …", "The delegation that X asked Y to lead includes …", "The Veldian
    // delegation he led included …": a clause of who leads it, between the party and its members.
    const rest = after
      .slice(named?.[0].length ?? 0)
      .replace(/^\s+(?:(?:that|which)\s+(?:[\p{L}-]+\s+){1,6}?|(?:he|she|they|\p{Lu}[\p{L}'’-]*)\s+(?:[\p{L}-]+\s+){0,4}?)(?:led|lead|leads|headed|heads|head)(?:\s+(?:to|in|at)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?(?=\s+(?:was|were|is|are|includ|compris|consist))/iu, "")
      .replace(/^\s+(?:at|in|during)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?(?=\s+(?:was|were|is|are|led|headed|includ|compris|consist))/iu, "");
    // "On the Veldian side the meeting was attended by …", with or without a comma after "side": the sentence is that side's.
    const opening = named !== null && /^\s*on\s+(?:the\s+)?$/i.test(before) && /^\s+side\b/i.test(named[0]);
    const members = named ? opening || /^\s+(?:(?:was|were|is|are|will\s+be)\s+)?(?:led|headed|includ|compris|consist|represented)|^\s*[,:]|^\s+(?:were|are)\s+(?:the\s+)?\p{Lu}/iu.test(rest) : false;
    // "A, B and C sat on the Veldian side of the table", "D and E were on the Veldian side": the people listed before.
    const seated = named ? SEATED.exec(before) : null;
    if (named && (members || LEADS.test(before) || seated)) out.push({ country: c.country, start: c.index, end: c.index + c.text.length + named[0].length, members, ...(seated ? { seatedAt: seated.index } : {}), ...(opening ? { opening } : {}) });
    // "Veldia was represented by its Foreign Minister, A, and Orvane by B": those named after "by" act for the country; the
    // second country of such a sentence may leave the verb out.
    const represented = REPRESENTED.exec(after) ?? (/\band\s+(?:the\s+)?$/i.test(before) && /\brepresented\s+by\b/i.test(before) ? /^\s+by\b/.exec(after) : null);
    if (represented) out.push({ country: c.country, start: c.index, end: c.index + c.text.length + represented[0].length, members: true });
    // "a delegation of Syria's People's Assembly led by", "envoys of the President of Somalia:": the party, then whose.
    const whose = PARTY_OF.exec(before);
    if (whose) {
      // What the party is named by runs on while its words are capitalised ("Syria's People's Assembly").
      const tail = /^(?:['’]s(?:\s+\p{Lu}[\p{L}'’]*)+)?/u.exec(after)![0];
      out.push({ country: c.country, start: whose.index, end: c.index + c.text.length + tail.length, members: true });
    }
  }
  return out;
}

/** A demonym and its own people abroad in a ministry's title: "Burkinabè Abroad", "Tunisians Abroad", "Moroccan Expatriates". */
const DIASPORA = /([\p{L}'’]+)\s+(?:Abroad|Expatriates|Diaspora|Nationals\s+Abroad|Communities\s+Abroad|Community\s+Abroad)\b/u;

/** The verbs that name a party's members, in any tense: "included", "will include", "comprised", "was made up of". */
const PARTY_MEMBERS = "(?:(?:also|will|would|is\\s+to|was\\s+to|is\\s+expected\\s+to)\\s+)*(?:included|includes|including|include|comprised|comprises|comprise|consisted\\s+of|consists\\s+of|consist\\s+of|was\\s+made\\s+up\\s+of|is\\s+made\\s+up\\s+of)";

/**
 * After a person's name, the party they bring and who is in it: "'s delegation included", "'s entourage comprised",
 * "'s delegation:", "'s delegation will include", "'s delegation, which included"; or the party they lead, its members in a
 * relative clause: "arrived at the head of a government delegation that included", "heading a team that included".
 */
const OWN_PARTY = new RegExp(
  `^(?:['’]s\\s+(?:${PARTY}|party|team)\\s*(?::|(?:,?\\s*(?:which|that)\\s+)?${PARTY_MEMBERS})` +
    `|,?\\s+(?:(?:arrived|came|travell?ed|was|is)\\s+)?(?:at\\s+the\\s+head\\s+of|led|headed|leading|heading)\\s+(?:a|an|the|his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${PARTY}|party)\\s*,?\\s*(?:which|that)\\s+${PARTY_MEMBERS})`,
  "iu",
);

/** "sat on the", "were on the": a verb of being or sitting, then "on" or "for", before a party whose members were named before it. */
const SEATED = /\b(?:sat|sit|sits|sitting|seated|stood|standing|were|was|are|is)\s+(?:on|for)\s+(?:the\s+)?$/i;

/** "headed the", "leading a": the words before a party that make the one named before them its leader. */
const LEADS = /\b(?:led|headed|leading|heading)\s+(?:(?:the|a|an)\s+)?$/i;

/** Nouns of places a demonym may describe ("the Swiss city of", "Peruvian soil"). */
const PLACE_NOUN = /^\s+(?:city|capital|town|port|soil|territory|territories|border|island|coast|resort|village|province|region)\b/i;

/** Words after a demonym that make it describe people: a party, its government, its people ("the Kenyan side", "Chinese officials"). */
const PEOPLE_NOUN = new RegExp(`^(?:${PARTY}|counterparts?|colleagues?|government|governments|authorities|officials?|leaders?|leadership|people|nationals?|citizens?|team|guests?|hosts?|visitors?|diplomats?)$`, "i");

/** Lower-case words that also qualify titles ("Trade Minister", "Investment Board") yet after a demonym name a thing: "Veldian investment". */
const THINGS = /^(?:investments?|trade|economy|relations|cooperation|infrastructure|energy|food|culture|heritage|unity|policy|exports?|imports?)$/;

/**
 * Whether the words after a demonym say it describes people: a title or name ("Russian President X", "the Kenyan Foreign
 * Minister"), a party ("the Ukrainian side", "his Spanish counterpart"); not a thing ("the Russian invasion", "Chinese goods").
 */
function describesPeople(after: string): boolean {
  // "Kenyan-Chinese consultations", "Greek and Cypriot leaders": what the last of the joined demonyms describes.
  const joined = /^\s*(?:-|–|and\s|&)\s*([\p{L}'’]+)/u.exec(after);
  if (joined && isDemonym(joined[1]!)) return true;
  const next = /^\s*([\p{L}'’-]+)/u.exec(after)?.[1];
  if (!next) return false;
  // "openings for Qatari investment in Veldia", "Orvanian trade with Tarsk": a word that only qualifies a title ("Trade
  // Minister") names a thing here, unless a title or people follow it ("the Orvanian trade minister", "Veldian trade officials").
  const then = /^\s*[\p{L}'’-]+\s+([\p{L}'’-]+)/u.exec(after)?.[1] ?? "";
  if (THINGS.test(next) && !isOfficeHead(then) && !PEOPLE_NOUN.test(then)) return false;
  return /^\p{Lu}/u.test(next) || officeWordKind(next) !== undefined || PEOPLE_NOUN.test(next);
}

/**
 * The countries a sentence names as parties: a demonym ("his Spanish counterpart"), an owner
 * ("Poland's Deputy Prime Minister"), or two countries joined ("Greece and Spain", "between Japan
 * and Uzbekistan", "between #Cuba and #China"); not a country named as a topic or a place ("views on Afghanistan", "goods
 * shipped to the United States", "the South China Sea, where China …").
 * @example partyCountries("Greece and Spain signed a plan on Libya") // ["Greece", "Spain"]
 */
function partyCountries(text: string): string[] {
  // "the Swiss city of Geneva", "on Peruvian soil": a demonym that describes a place names no party.
  // "told him of the country's resistance to the Russian invasion": a demonym before a thing names no party either; one
  // before a person, a title or a party does ("his Russian counterpart", "the Ukrainian side", "Russian President X").
  const found = findCountries(text).filter((c) => c.kind !== "city" && !(c.kind === "demonym" && (PLACE_NOUN.test(text.slice(c.index + c.text.length)) || !describesPeople(text.slice(c.index + c.text.length)))));
  // ("binding Veldia, the Orvane Republic and Tarsk": a list of three, each a party; not two of them)
  const joined = (a: { index: number; text: string }, b: { index: number }): boolean => /^\s*(?:,\s*(?:and\s+)?|and|&|-|–)\s*(?:the\s+)?#?$/.test(text.slice(a.index + a.text.length, b.index));
  const parties = found.filter(
    (c, k) =>
      c.kind === "demonym" ||
      /^['’](?:s\b|\s)/.test(text.slice(c.index + c.text.length)) ||
      (found[k - 1] !== undefined && joined(found[k - 1]!, c)) ||
      (found[k + 1] !== undefined && joined(c, found[k + 1]!)),
  );
  return [...new Set(parties.map((c) => c.country))];
}

/**
 * Gives a bare national title its country from the meetings of the article: "NEW DELHI — … Hayashi
 * also called on Prime Minister X": someone met by a visitor from abroad, in a country whose own
 * officials the article names, holds that country's office. Without such a meeting, or when another
 * official of that country already holds the same title, nothing is inferred.
 * @example inferHostCountries(people, [{ place: "New Delhi", people: [0, 2] }]) // Prime Minister X → India
 */
export function inferHostCountries(people: LocalPerson[], meetings: { place?: string | undefined; people: number[] }[]): void {
  for (const meeting of meetings) {
    const host = meeting.place ? findCountries(meeting.place)[0]?.country : undefined;
    if (!host) continue;
    const hosts = people.filter((p) => p.country === host);
    const visitors = meeting.people.filter((i) => people[i]?.country && people[i]?.country !== host);
    // "Hayashi also called on Prime Minister X": a visitor meets the host; when the host's side is already named, the one left unknown is no host.
    if (hosts.length === 0 || visitors.length === 0 || meeting.people.some((i) => people[i]?.country === host)) continue;
    const hostTitles = new Set(hosts.flatMap((p) => p.offices.map((o) => normaliseTitle(o.title.split(" ")))));
    for (const i of meeting.people) {
      const p = people[i]!;
      if (p.country || p.offices.length === 0) continue;
      if (p.offices.some((o) => (o.organisation && !isNationalInstitution(o.organisation)) || o.to || o.country || hostTitles.has(normaliseTitle(o.title.split(" "))))) continue;
      p.country = host;
      for (const o of p.offices) o.country = host;
    }
  }
}

/**
 * Gives the one who receives envoys' credentials the country that accredits them: the country the envoys are posted to
 * ("Ambassador of Veldia to Orvane"), or the one the ceremony is held in ("President X received the letters of credence of
 * five envoys at State House in Tarsk"; "The credentials of the new Ambassador were received by President Y in Orvel
 * Castle, Kestas"): an envoy is received by the head of the state that hosts them. Nothing when the postings and the
 * place name two countries, when an envoy serves that country, or for a receiver whose country or office says otherwise.
 * @example inferAccreditingCountries(people, [{ kind: "credentials", place: "Nairobi", people: [0, 1] }]) // President X → Kenya
 */
export function inferAccreditingCountries(people: LocalPerson[], meetings: { kind: string; place?: string | undefined; people: number[]; groups?: string[] }[]): void {
  for (const meeting of meetings) {
    if (meeting.kind !== "credentials") continue;
    const members = [...new Set(meeting.people)].map((i) => people[i]!);
    const envoys = members.filter((p) => p.offices.some((o) => isEnvoyTitle(o.title)));
    // "accepted the letters of credence of seventeen ambassadors and four high commissioners": envoys named as a group.
    const envoyGroups = (meeting.groups ?? []).filter((g) => isEnvoyTitle(g.split(/\s+/).map((w) => normaliseTitle([w])).join(" ")));
    const receivers = members.filter((p) => !envoys.includes(p));
    const place = meeting.place ? findCountries(meeting.place)[0]?.country : undefined;
    const hosts = new Set([place, ...envoys.flatMap((e) => e.offices.map((o) => o.to))].filter((c): c is string => c !== undefined));
    if (envoys.length + envoyGroups.length === 0 || hosts.size !== 1) continue;
    const host = [...hosts][0]!;
    if (envoys.some((e) => e.country === host)) continue;
    for (const p of receivers) {
      if (p.country || p.offices.length === 0 || p.offices.some((o) => o.country || o.to || (o.organisation && !isNationalInstitution(o.organisation)))) continue;
      p.country = host;
      for (const o of p.offices) o.country = host;
    }
  }
}

/**
 * Gives the dateline's country to the officials an article names with a bare national title
 * ("NAIROBI — … her host, President X"; "BRASÍLIA — … the Speaker of the Chamber of Deputies, Y"): a
 * report filed from a capital names that country's officials without saying whose they are. With no
 * dateline city, the article's home country stands in (see `homeCountry`: a national agency such as
 * "(QNA)" or a portal such as "Government of Hungary"). Not
 * for someone a sentence places in, or ties to, another country ("took her to Uganda, where she and
 * President Z"), nor for a title another official of the host country already holds.
 * @example inferDatelineCountries(sents, found, "Nairobi") // President X → Kenya
 */
export function inferDatelineCountries(sents: Sent[], found: ArticlePeople, datelinePlace: string | undefined, meetings: { people: number[] }[] = [], home?: { country: string; government: boolean }, year?: number): void {
  const homeCountry = home?.country;
  // The dateline's city first ("WASHINGTON, Jan 3 (Xinhua)" reports Washington's officials), else the home of a national outlet or portal.
  let placed = datelinePlace ? findCountries(datelinePlace)[0]?.country : undefined;
  // "BOGOTÁ, Aug. 7 (ANDINA) – Peru's Foreign Minister …": a national agency abroad reports on its own country's people as
  // much as on the host's; which country a bare title serves is then not said. A government's own page abroad ("Sultanate of
  // Oman - Ministry of Foreign Affairs … Tehran, 30 December 2024 … Sayyid Badr, Foreign Minister, met … Araghchi, Minister of
  // Foreign Affairs of Iran"; read28) names its own officials bare, the host's with their country.
  if (placed && homeCountry && placed !== homeCountry && sents.some((s) => sentCountries(s).some((c) => c.country === homeCountry && c.kind !== "city"))) {
    if (!home?.government) return;
    placed = undefined;
  }
  const host = placed ?? homeCountry;
  if (!host) return;
  const { people, refs } = found;
  // The report must be about the host: the country named in its text, not only in the dateline ("GENEVA — …").
  // A national agency filing from its own capital ("MUSCAT: … --ONA") reports on its country even when it never names it.
  if (host !== homeCountry && !sents.some((s) => sentCountries(s).some((c) => c.country === host && c.kind !== "city"))) return;
  const elsewhere = new Set<number>();
  sents.forEach((sent, si) => {
    const here = refs[si] ?? [];
    // "Park will also pay a courtesy call on President X": whom the host's official calls on or meets.
    for (const h of here) {
      if (people[h.person]?.country !== host) continue;
      for (const r of here) {
        if (r.first <= h.last) continue;
        if (sent.words.slice(h.last + 1, r.first).some((w) => CONTACTS.has(w.lower))) elsewhere.add(r.person);
      }
    }
    // A visitor: "Prime Minister X, who arrives with …", "the visiting President Y".
    for (const r of here) {
      const around = sent.words.slice(Math.max(0, r.first - 3), r.last + 6).map((w) => w.lower);
      if (around.some((w) => ARRIVALS.has(w))) elsewhere.add(r.person);
      // "X was received by Y", "a visit by President X", "the visit of X to Tarsk": a guest come to the host's country.
      if (isGuestOf(sent, r, host)) elsewhere.add(r.person);
      // "passed on an invitation for President X to come to Veldia", "invited her to visit Veldia": a guest asked to the host's country.
      if (invitedTo(sent, r) === host) elsewhere.add(r.person);
      // "A letter from King X was handed to … by Saudi Minister Y": a message a foreign envoy carries comes from abroad
      // (not "at the invitation of the Foreign Minister", the host's), from the first one named after it.
      const base = Math.max(0, r.first - 12);
      const before = sent.words.slice(base, r.first).map((w) => w.lower);
      const message = before.findIndex((w, k) => MESSAGES.has(w) && /^(?:from|of)$/.test(before[k + 1] ?? "") && !(w === "invitation" && /^(?:at|on)$/.test(before[k - 2] ?? "")));
      // Only with a foreign messenger in the sentence: "to whom he is expected to hand a letter from President Y" may be the host's own.
      const messenger = here.some((o) => o !== r && people[o.person]?.country !== undefined && people[o.person]?.country !== host);
      if (message >= 0 && messenger && !here.some((o) => o !== r && o.first > base + message && o.last < r.first)) elsewhere.add(r.person);
    }
    // "X's party included A, B and C", "X, accompanied by A", "Travelling with X were A and B": one's party takes one's
    // country (`inferCountries`, once the dateline has placed the owner), not the dateline's when the owner is a visitor.
    for (const r of here) {
      const owner = partyOwner(sent, here, r);
      // "Veldia's delegation included …" is a country's own party.
      const country = owner && (owner.person !== undefined ? people[owner.person]?.country : countryNamed(sent.words[owner.at]!.text));
      if (owner && country !== host) elsewhere.add(r.person);
    }
    // "to Uganda", "in Kampala", "Uganda's", "of Uganda": another country the sentence ties its people to;
    // "Bhutan's Prime Minister X met Prime Minister Y" ties X only, "Iran's Supreme Leader X and President Y" both.
    for (const c of sentCountries(sent)) {
      if (c.country === host) {
        // "President X's visit to Veldia last May": the one whose visit to the host's country it was is a guest there.
        const visit = VISIT_OF.exec(sent.text.slice(0, c.index));
        const at = visit ? sent.words.findIndex((w) => w.start >= visit.index) : -1;
        const guest = at > 0 ? here.find((r) => r.last === at - 1) : undefined;
        if (guest) elsewhere.add(guest.person);
        // "a visit to Veldia by President X", "the first trip to Veldia by Orvanian Foreign Minister Y": the one it is by is a guest.
        const by = /^\s+by\s/i.test(sent.text.slice(c.index + c.text.length)) && VISIT_TO.test(sent.text.slice(0, c.index)) ? sent.words.findIndex((w) => w.start > c.index + c.text.length && w.lower === "by") : -1;
        const visitor = by >= 0 ? here.find((r) => r.first > by && (r.first === by + 1 || titleLeadsTo(sent, by + 1, r.first))) : undefined;
        if (visitor) elsewhere.add(visitor.person);
        // "The Head of the EU Delegation to Veldia, Ambassador X", "Orvane's Ambassador to Veldia Y": one posted to the host
        // serves another country there.
        if (/\bto\s+(?:the\s+)?$/i.test(sent.text.slice(0, c.index)) && /\b(?:ambassador|envoy|delegation|mission|embassy|high commissioner|representative|nuncio|chargé|charge)\b[^,.;]{0,30}\bto\s+(?:the\s+)?$/i.test(sent.text.slice(0, c.index))) {
          const end = sent.words.findIndex((w) => w.start >= c.index + c.text.length);
          const posted = here.find((r) => r.first >= end && r.first - end <= 4);
          if (posted) elsewhere.add(posted.person);
        }
        continue;
      }
      // "Archbishop X, the Apostolic Nuncio, who represents the Holy See": the country one represents is another.
      const located = /\b(?:in|to|from|of|at|represents?|representing|represented)\s+(?:the\s+)?$/i.test(sent.text.slice(0, c.index));
      const owned = /^['’]s\b/.test(sent.text.slice(c.index + c.text.length));
      if (!located && !owned) continue;
      const at = sent.words.findIndex((w) => w.end > c.index);
      // "HE Nartin Tagor, the United Kingdom's Secretary of State": owned by the name it stands in apposition to.
      const appositive = owned ? here.find((r) => r.last < at && sent.words.slice(r.last + 1, at).every((w) => w.text === "," || w.lower === "the") && sent.words[r.last + 1]?.text === ",") : undefined;
      if (appositive && !here.some((r) => r.first > at && r.first - at <= 7)) {
        elsewhere.add(appositive.person);
        continue;
      }
      // "Qatar's Deputy Prime Minister and Minister of State for Defence Affairs, X": the name the owned title leads to.
      const owner = owned ? here.find((r) => r.first > at && (r.first - at <= 7 || titleLeadsTo(sent, at + 1, r.first))) : undefined;
      if (!owner) {
        // "took her to Uganda, where she and President Z", "Ambassador X of Uganda": those named after the place or
        // right before it; not the host who "received two envoys of the President of Somalia" or "gave an account of conditions in Lebanon".
        // "X is to meet Y, who has just become Norway's Minister of Foreign Affairs": an owned title with no name after it is
        // said of the one named last before it, not of the sentence's subject.
        // "Archbishop X, the Apostolic Nuncio, who represents the Holy See": one represents the country, not the host.
        const represents = /\brepresent\w*\s+(?:the\s+)?$/i.test(sent.text.slice(0, c.index));
        const nearest = owned || represents ? [...here].reverse().find((r) => r.last < at) : undefined;
        // Not the one who reports it after a comma: "… talks on the sidelines of the summit in Orvane, presidential aide X told reporters".
        const reporter = (r: PersonRef): boolean => /^(?:said|says|told|tells|added|noted)$/.test(sent.words[r.last + 1]?.lower ?? "") && sent.words.slice(at, r.first).some((w) => w.text === ",");
        for (const r of here) if (r === nearest || (!owned && r.first > at && !reporter(r)) || (r.last < at && at - r.last <= PLACE_REACH) || titledBy(sent, r.last, at)) elsewhere.add(r.person);
        continue;
      }
      let k = here.indexOf(owner);
      elsewhere.add(owner.person);
      // "…, and King Z in turn asked" opens another clause: a comma before the "and" ends the list.
      const listed = (a: PersonRef, b: PersonRef): boolean => {
        const between = sent.words.slice(a.last + 1, b.first);
        return between.some((w) => w.lower === "and") && !between.some((w) => w.text === ",") && b.first - a.last <= 5;
      };
      while (here[k + 1] && listed(here[k]!, here[k + 1]!)) elsewhere.add(here[++k]!.person);
    }
  });
  // Someone who meets an official of the host ("Park will call on President X") is the host's guest or host abroad.
  for (const m of meetings) if (m.people.some((i) => people[i]?.country === host)) for (const i of m.people) elsewhere.add(i);
  // "Varan's press chief Telu", "Varan's spokesman, Telu": one's aide serves where one does (below).
  const owners = new Map<number, number[]>();
  sents.forEach((sent, si) => {
    for (const { owner, aide } of aidesIn(sent.words, refs[si] ?? [], people, found.owners[si])) owners.set(aide, [...(owners.get(aide) ?? []), owner]);
  });
  // A post the host's own official holds is someone else's ("Japanese Foreign Minister X … Foreign Minister Y");
  // "President of the Senate" is not the post of the host's President.
  const held = people.filter((p) => p.country === host).flatMap((p) => p.offices.map(postOf));
  // An institution of one state ("Speaker of the Chamber of Deputies") may be the host's; a body of several states is not.
  const candidates = people.flatMap((p, i) =>
    p.country || p.offices.length === 0 || elsewhere.has(i) || p.offices.some((o) => o.country || o.to || (o.organisation && !isNationalInstitution(o.organisation)) || held.some((t) => samePost(t, postOf(o)) || (STATE_HEADS.test(t) && STATE_HEADS.test(postOf(o)))) || lacksPost(host, postOf(o), year)) ? [] : [i],
  );
  // Two people with one bare post ("President X … a letter from President Y"): at most one is the host's, and which is not said.
  const onePost = (i: number, j: number): boolean => people[j]!.offices.some((a) => people[i]!.offices.some((b) => fold(postOf(a)) === fold(postOf(b)) || (STATE_HEADS.test(postOf(a)) && STATE_HEADS.test(postOf(b)))));
  const shared = (i: number): boolean => candidates.some((j) => j !== i && onePost(i, j));
  // "President A and President B", "Presidents A and B" on a national outlet's or government's page: protocol names one's own
  // head first, so the first of such a pair is the home's, the second another's (not said which).
  const firsts = host === homeCountry && !placed ? ownFirst(sents, refs, candidates, onePost) : new Set<number>();
  const hosts = candidates.filter((c) => !shared(c) || firsts.has(c));
  // An aide is the host's only with an owner who is: not the aide of a guest, nor of one the text leaves of no country.
  for (const i of hosts.filter((c) => (owners.get(c) ?? []).every((o) => people[o]?.country === host || hosts.includes(o)))) {
    const p = people[i]!;
    p.country = host;
    for (const o of p.offices) o.country = host;
  }
}

/**
 * Bare titles of a head of state: a state has one, so "RABAT — … King Mohammed VI and President X" leaves President X another
 * country's (read35), as "Foreign Minister Y" is another's beside the host's own Foreign Minister.
 */
const STATE_HEADS = /^(?:President|King|Queen|Emir|Amir|Sultan|Emperor|Grand Duke)$/;

/** An office's post with its body: "President of Senate", not "President". */
const postOf = (o: StatedOffice): string => (o.organisation ? `${o.title} of ${o.organisation}` : o.title);

/**
 * The one named first of pairs of holders of one post written together ("President A and President B", "Presidents A and B"),
 * when no sentence names that one second; none when two such firsts share the post.
 * @example ownFirst(sents, refs, [0, 1], samePost) // Set { 0 } for "… agreed by President A and President B …"
 */
function ownFirst(sents: Sent[], refs: PersonRef[][], candidates: number[], share: (i: number, j: number) => boolean): Set<number> {
  const first = new Set<number>();
  const second = new Set<number>();
  sents.forEach((sent, si) => {
    const here = refs[si] ?? [];
    for (let k = 0; k + 1 < here.length; k++) {
      const a = here[k]!;
      const b = here[k + 1]!;
      if (a.person === b.person || !candidates.includes(a.person) || !candidates.includes(b.person) || !share(a.person, b.person)) continue;
      const between = sent.words.slice(a.last + 1, b.first);
      if (between[0]?.lower !== "and" || !between.slice(1).every((w) => officeWordKind(w.lower) !== undefined)) continue;
      first.add(a.person);
      second.add(b.person);
    }
  });
  const own = [...first].filter((i) => !second.has(i));
  return new Set(own.filter((i) => !own.some((j) => j !== i && share(i, j))));
}

/**
 * The one whose travelling party a name is in: "X's delegation included A and B" (up to a word of contact), "X, accompanied
 * by A", "Travelling with X were A and B". The owner is a name the article may not tell apart ("Varan's party" with two
 * people named Varan): `person` is then unknown, and `at` is the owner's word.
 * @example partyOwner(sent, here, refOfA) // { person: X, at: 0 } in "X's party included A, B and C"
 */
function partyOwner(sent: Sent, here: PersonRef[], r: PersonRef): { person?: number; at: number } | undefined {
  const traveller = travellerOpening(sent, here);
  if (traveller && r.first > traveller.last + 1) return { person: traveller.person, at: traveller.last };
  const company = companyOwner(sent, here, r);
  if (company) return { person: company.person, at: company.last };
  const words = sent.words;
  for (let k = r.first - 1; k >= 0; k--) {
    if (!/^\p{Lu}/u.test(words[k]!.text) || !OWN_PARTY.test(sent.text.slice(words[k]!.end))) continue;
    if (words.slice(k + 1, r.first).some((w) => CONTACTS.has(w.lower))) return undefined;
    const owner = here.find((o) => o.last === k);
    return owner ? { person: owner.person, at: k } : { at: k };
  }
  return undefined;
}

/** A visit to a place, the visitor named after it: "a visit to", "the first trip to", "an official visit to the". */
const VISIT_TO = /\b(?:visit|trip|tour|journey)\s+to\s+(?:the\s+)?$/i;

/** One's visit to a place, written with the possessive: "'s visit to", "'s state visit to", "'s first trip to". */
const VISIT_OF = /['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:visit|trip|tour|journey)\s+to\s+(?:the\s+)?$/iu;

/**
 * The country someone is asked to come to: "an invitation for President X to come to Veldia", "invited Y to visit Orvane",
 * "extended an invitation to Z to travel to Tarsk" (its capital too); the one asked right after the verb or "invitation for",
 * with only a title between.
 * @example invitedTo(sent, refOfX) // "Veldia"
 */
function invitedTo(sent: Sent, r: PersonRef): string | undefined {
  const words = sent.words;
  let k = r.first - 1;
  const titleWord = (w: Sent["words"][number]): boolean => (officeWordKind(w.lower) !== undefined && officeWordKind(w.lower) !== "connector") || isHonorific(w) || (/^\p{Lu}/u.test(w.text) && !isCountryWord(w.text));
  while (k >= 0 && titleWord(words[k]!)) k--;
  const asked = INVITES.has(words[k]?.lower ?? "") || (/^(?:for|to)$/.test(words[k]?.lower ?? "") && /^invitations?$/.test(words[k - 1]?.lower ?? ""));
  if (!asked || words[r.last + 1]?.lower !== "to") return undefined;
  const verb = words[r.last + 2]?.lower ?? "";
  const at = verb === "visit" ? r.last + 3 : /^(?:come|travel|return)$/.test(verb) && words[r.last + 3]?.lower === "to" ? r.last + 4 : -1;
  const start = at < 0 ? undefined : words[at + (words[at]?.lower === "the" ? 1 : 0)]?.start;
  if (start === undefined) return undefined;
  const place = findCountries(sent.text.slice(start))[0];
  return place && place.index === 0 && place.kind !== "demonym" ? place.country : undefined;
}

/**
 * Whether the words between a name (ending at `last`) and a place (at `at`) are a title set beside the
 * name: "Prince X, Minister of Foreign Affairs of the Kingdom of Saudi Arabia".
 */
function titledBy(sent: Sent, last: number, at: number): boolean {
  if (at <= last || sent.words[last + 1]?.text !== ",") return false;
  const between = sent.words.slice(last + 2, at);
  return between.some((w) => isOfficeHead(w.text)) && between.every((w) => officeWordKind(w.lower) || w.lower === "the" || STATE_FORMS.has(w.lower) || /^\p{Lu}/u.test(w.text));
}

/** Whether the words from `from` up to a name at `first` are only a title ("'s Deputy Prime Minister and Minister of State for Defence Affairs,"). */
function titleLeadsTo(sent: Sent, from: number, first: number): boolean {
  const between = sent.words.slice(from, first);
  // "Veldia's departing ambassador to Kenya, H.E. X": "to" before the country of posting is part of the title.
  const titled = (w: Sent["words"][number], k: number): boolean => !!officeWordKind(w.lower) || /^(?:,|the|['’]s)$/.test(w.lower) || /^\p{Lu}/u.test(w.text) || (w.lower === "to" && isCountryWord(between[k + 1]?.text ?? ""));
  // One describing word may date the post ("Lebanon's caretaker Prime Minister, H.E. Dr. X").
  return between.some((w) => isOfficeHead(w.text)) && between.filter((w, k) => !titled(w, k)).length <= 1 && !between.some((w, k) => !titled(w, k) && w.pos === "VERB");
}

/**
 * Gives the other country of a bilateral report to the one who meets its first country's official:
 * the title names two countries ("Peru-Chile Strategic Dialogue", "Kenya, Ghana Ink
 * Three Cooperation Deals") and a meeting pairs someone of one with someone of no known country, who
 * then serves the other. Nothing when the title names one country or three.
 * @example inferPairCountries(people, [{ people: [0, 1] }], "Pakistan, China hold talks") // people[1] → China when people[0] is Pakistani
 */
export function inferPairCountries(people: LocalPerson[], meetings: { people: number[] }[], title: string, body: string[] = [], sents: Sent[] = [], refs: PersonRef[][] = []): void {
  const named = [...new Set(findCountries(title).filter((c) => c.kind !== "city").map((c) => c.country))];
  // No pair in the title: the one pair of countries the text joins ("Nepal-India relations", "the place that Nigeria and
  // Ghana occupy", "the Ghana-Nigeria Permanent Joint Commission"), when it joins no other.
  const joined = new Set(body.flatMap(joinedPairs));
  // Else the two countries the article's people serve, when there are two ("Secretary of State of the United States" received
  // by "Minister of Foreign Affairs and International Cooperation X" beside "Y, UAE Ambassador to the United States").
  const inPlay = new Set([...named, ...people.map((p) => p.country)].filter((c): c is string => c !== undefined));
  const written = named.length === 2 || joined.size === 1;
  // The two countries people serve stand for the pair only when the text makes no third country a party ("Veldia's Deputy
  // Prime Minister" beside Orvane's and Halvik's officials: the unknown one may be Veldia's).
  const third = !written && body.some((s) => partyCountries(s).some((c) => !inPlay.has(c)));
  const pair = named.length === 2 ? named : joined.size === 1 ? [...joined][0]!.split("|") : inPlay.size === 2 && named.length <= 1 && !third ? [...inPlay] : [];
  if (pair.length !== 2) {
    // No pair written nor served: the two countries the text names as parties ("Veldia's envoy", "the Orvanian president"), if two.
    const parties = [...new Set([title, ...body].flatMap(partyCountries))];
    if (parties.length === 2) inferTravellerCountries(sents, refs, people, parties);
    return;
  }
  // Of the two countries the people serve (no pair written): "X met his Singaporean counterpart … and Japan's Foreign
  // Minister": one who meets officials of both is of a third country.
  const met = new Map<LocalPerson, Set<string>>();
  for (const meeting of meetings) {
    for (const i of meeting.people) for (const j of meeting.people) if (i !== j && people[j]?.country) met.set(people[i]!, (met.get(people[i]!) ?? new Set()).add(people[j]!.country!));
  }
  for (const meeting of meetings) {
    const members = [...new Set(meeting.people)];
    if (members.length !== 2) continue;
    const [a, b] = members.map((i) => people[i]!);
    for (const [known, unknown] of [[a, b], [b, a]] as const) {
      if (!known?.country || !unknown || unknown.country || !pair.includes(known.country) || (!written && (met.get(unknown)?.size ?? 0) > 1)) continue;
      if (unknown.offices.some((o) => o.country || (o.organisation && !isNationalInstitution(o.organisation)))) continue;
      const other = pair.find((c) => c !== known.country)!;
      unknown.country = other;
      for (const o of unknown.offices) o.country ??= other;
    }
  }
  // Only a pair the text writes: the two countries people serve may leave out a third party the text names no side of.
  if (written) inferCounterpartCountries(sents, refs, people, pair);
  // "Foreign Minister Varan travelled to Tarsk": the traveller to one side of the pair is the other side's.
  inferTravellerCountries(sents, refs, people, pair);
}

/**
 * Gives the other country of a bilateral report to the holder of a post that one side's official holds, when a sentence names
 * the two side by side ("the decisions taken by Presidents A and B", "Deputy Prime Minister and Foreign Minister A has invited
 * Orvanian Foreign Minister B to come", "\"Foreign Minister A and I have agreed …,\" B said"): one post held twice in a story of
 * two countries is held by the two counterparts. Not when another person stands between the two ("on behalf of President A, he
 * thanked B"), when one owns a thing ("President A's envoy for the inauguration of B"), when the other side's holder of that
 * post is known, when the post is another body's, or when the sentence names holders of it of two countries.
 * @example inferCounterpartCountries(sents, refs, people, ["Uzbekistan", "Kazakhstan"]) // President B → Kazakhstan beside Uzbekistan's President A
 */
function inferCounterpartCountries(sents: Sent[], refs: PersonRef[][], people: LocalPerson[], pair: string[]): void {
  const holds = (p: LocalPerson, q: LocalPerson): boolean => p.offices.some((o) => q.offices.some((u) => samePost(postOf(o), postOf(u))));
  const given = new Map<number, string | undefined>();
  sents.forEach((sent, si) => {
    const here = refs[si] ?? [];
    const owns = (r: PersonRef): boolean => isPossessive(sent.words[r.last + 1]) || /['’]s$/.test(sent.words[r.last]!.text);
    // Two people named one beside the other: no one else referred to between them, neither owning a thing.
    const beside = (a: PersonRef, b: PersonRef): boolean => {
      const [x, y] = a.first < b.first ? [a, b] : [b, a];
      return !owns(x) && !owns(y) && !here.some((r) => r.person !== a.person && r.person !== b.person && r.first > x.last && r.last < y.first);
    };
    const named = here.filter((r) => r.via === "name" || r.via === "short");
    for (const r of named) {
      const p = people[r.person]!;
      if (p.country || p.byOffice || p.offices.length === 0 || p.offices.some((o) => o.country || o.to || (o.organisation && !isNationalInstitution(o.organisation)))) continue;
      const peers = named.filter((k) => k.person !== r.person && people[k.person]!.country !== undefined && holds(people[k.person]!, p));
      const sides = new Set(peers.map((k) => people[k.person]!.country!));
      const side = sides.size === 1 ? [...sides][0]! : undefined;
      if (!side || !pair.includes(side) || !peers.some((k) => beside(k, r))) continue;
      const other = pair.find((c) => c !== side)!;
      if (people.some((q) => q.country === other && holds(q, p))) continue;
      given.set(r.person, given.has(r.person) && given.get(r.person) !== other ? undefined : other);
    }
  });
  for (const [i, country] of given) {
    if (!country) continue;
    const p = people[i]!;
    p.country = country;
    for (const o of p.offices) o.country ??= country;
  }
}

/**
 * Words that say who else was in the room: "Present at the meeting were", "The meeting was also attended by",
 * "Attending the meeting were", "was also present", "stood alongside the head of state", "with X and Y at his side".
 */
const ATTENDANCE = /\b(?:present\s+at\s+the|(?:also|were|was)\s+present|attended\s+by|attending\s+the|in\s+attendance|stood\s+(?:alongside|beside|next\s+to)|at\s+(?:his|her)\s+side)\b/i;

/**
 * Gives the people an article says attended a meeting the country of its host: the country the meeting is
 * held in, when one of its principals serves it ("CAIRO — … Sisi, who received him with Foreign Minister X
 * at his side"; "Present at the meeting were Foreign Minister Y and …"; "The meeting was also attended by
 * the Minister of Petroleum, Z"). Those the sentence gives a country, or a body of several states, keep theirs.
 * @example inferAttendeeCountries(sents, found, [{ place: "Díli", people: [0, 1], sentences: [1] }]) // Z → Timor-Leste
 */
export function inferAttendeeCountries(sents: Sent[], found: ArticlePeople, meetings: { place?: string | undefined; people: number[]; sentences: number[] }[]): void {
  const { people, refs } = found;
  const ordered = [...meetings].filter((m) => m.sentences.length > 0).sort((a, b) => Math.min(...a.sentences) - Math.min(...b.sentences));
  sents.forEach((sent, si) => {
    if (!ATTENDANCE.test(sent.text)) return;
    // The meeting the sentence tells of: the latest one told so far.
    const meeting = ordered.filter((m) => Math.min(...m.sentences) <= si).at(-1);
    const host = meeting?.place ? findCountries(meeting.place)[0]?.country : undefined;
    if (!meeting || !host || !meeting.people.some((i) => people[i]?.country === host)) return;
    const here = refs[si] ?? [];
    const others = sentCountries(sent).filter((c) => c.country !== host);
    for (const [k, r] of here.entries()) {
      const p = people[r.person]!;
      if (p.country || meeting.people.includes(r.person) || p.offices.some((o) => o.country || o.to || (o.organisation && !isNationalInstitution(o.organisation)))) continue;
      // "the Chargé d'Affaires of the Australian Department of …": another country written beside the name is theirs.
      const from = sent.words[r.first]!.start;
      const next = here[k + 1] ? sent.words[here[k + 1]!.first]!.start : sent.text.length;
      const end = sent.words[r.last]!.end;
      const stop = /;|,\s+(?:and\s+)?(?:the|a|an)\s/.exec(sent.text.slice(end));
      const to = Math.min(next, stop ? end + stop.index : next);
      if (others.some((c) => c.index >= from && c.index < to)) continue;
      p.country = host;
      for (const o of p.offices) o.country ??= host;
    }
  });
}

/**
 * The pairs of countries a sentence joins as two parties ("Nepal-India relations", "between Algeria and Argentina",
 * "Nigeria and Ghana occupy"), each as "A|B" in alphabetical order; none from a list of three or more.
 * @example joinedPairs("talked about Nepal-India relations") // ["India|Nepal"]
 */
function joinedPairs(text: string): string[] {
  const found = findCountries(text).filter((c) => c.kind === "name");
  const out: string[] = [];
  found.forEach((a, k) => {
    const b = found[k + 1];
    if (!b || a.country === b.country || !/^\s*(?:and|-|–)\s*$/.test(text.slice(a.index + a.text.length, b.index))) return;
    // "Bangladesh, Bhutan, India and Nepal", "Orvane, the Veldian Republic and Tarsk": a list, not a pair.
    const listed = (found[k - 1] && /^\s*,\s*(?:the\s+)?$/i.test(text.slice(found[k - 1]!.index + found[k - 1]!.text.length, a.index))) || (found[k + 2] && /^\s*(?:,|and)\s*(?:the\s+)?$/i.test(text.slice(b.index + b.text.length, found[k + 2]!.index)));
    // "ambassador to Orvane and Tarsk", "a tour of visits to Orvane and Tarsk": two places one goes or is posted to, not two parties.
    const placed = /\b(?:to|in|at|into|across|throughout)\s+(?:the\s+)?$/i.test(text.slice(0, a.index));
    if (!listed && !placed) out.push([a.country, b.country].sort().join("|"));
  });
  return out;
}
