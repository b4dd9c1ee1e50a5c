/**
 * @module Other facts an article states, each with its sentence: votes with tallies, counts of
 * things signed, diplomatic relations and embassies established, visits on a tour, upcoming events,
 * arrivals.
 */
import type { Article, Fact, PartialDate } from "../facts/types";
import { LIST_LINE } from "./clean";
import { countryOf, findCountries } from "../nlp/countries";
import { formatDate, parseDate } from "./dates";
import { parseNumber, readTallies, splitList } from "./numbers";
import type { PersonRef } from "./people";
import { sentCountries, type Sent } from "./segment";
import { ofTheTwo, tiesTold } from "./ties";

/** What the fact finder needs of one article. */
export interface FactContext {
  article: Article;
  sents: Sent[];
  refs: PersonRef[][];
  sentenceIds: number[];
  /** Global person id of a local person index. */
  personId: (local: number) => string;
  /** Countries of the article's people, in order of first mention. */
  peopleCountries: string[];
  /** Display name of a global person id. */
  personName: (id: string) => string;
}

type Draft = Omit<Fact, "id" | "article" | "sentence" | "countries" | "people" | "places" | "counts"> & Partial<Pick<Fact, "countries" | "people" | "places" | "counts">>;

/**
 * Finds the other facts of an article, in sentence order.
 * @example findFacts(context).map((f) => f.kind) // ["relations", "embassy", "count"]
 */
export function findFacts(ctx: FactContext): Fact[] {
  const out: Fact[] = [];
  // "our countries", "the two countries": the countries of the article's people, else the ones it names most.
  const ofPeople = [...new Set(ctx.peopleCountries)];
  const mainCountries = ofPeople.length >= 2 ? ofPeople.slice(0, 2) : topCountries(ctx.sents);
  let voteSubject: string | undefined;
  let voteBlock = -1;
  ctx.sents.forEach((sent, si) => {
    if (sent.title) return;
    const text = sent.text;
    const people = [...new Set((ctx.refs[si] ?? []).map((r) => ctx.personId(r.person)))];
    const countries = [...new Set(sentCountries(sent).map((c) => c.country))];
    const future = /\bwill\b|\bto be held\b|\bscheduled\b|\bupcoming\b/i.test(text);
    // (`from`: the first date at or after that character, when one is: "the Veldian summit, to be held on 5 and 6 May, and the
    // Veldia-Orvane Summit planned in Tarsk on 17 and 18 May" dates each by its own, read31)
    const dateOf = (ahead = future, from = 0): PartialDate | undefined => {
      const after = sent.entities.filter((e) => e.type === "DATE" && sent.words[e.first]!.start >= from);
      for (const e of [...after, ...sent.entities.filter((x) => !after.includes(x))]) {
        if (e.type !== "DATE") continue;
        const d = parseDate(e.text, ctx.article.published ? { published: ctx.article.published, future: ahead } : { future: ahead });
        if (d) return d;
      }
      const year = /\b(?:in|since) (1\d{3}|20\d\d)\b/.exec(text);
      return year ? { year: Number(year[1]), basis: "explicit", text: year[1]! } : undefined;
    };
    const push = (draft: Draft): void => {
      out.push({
        id: `${ctx.article.id}#f${out.length + 1}`,
        article: ctx.article.id,
        countries,
        people,
        places: [],
        counts: [],
        ...draft,
        sentence: ctx.sentenceIds[si]!,
      });
    };

    const subject = /\b((?:the )?(?:first |last |latest |annual |next )?(?:[A-Z]{2,} )?vote (?:calling for|on|against|to|condemning|demanding)[^,.;]*?)(?= took place| was held| passed|[,.;]|$)/.exec(text);
    if (sent.block !== voteBlock) voteSubject = undefined;
    voteBlock = sent.block;
    if (subject) voteSubject = subject[1];
    const tallies = /\bvot(?:e|es|ed|ing)\b/i.test(text) ? readTallies(text) : [];
    if (tallies.length > 0) {
      const year = /\b(19\d\d|20\d\d)\b/.exec(text);
      const date: PartialDate | undefined = year ? { year: Number(year[1]), basis: "explicit", text: year[1]! } : undefined;
      const members = tallies.flatMap((t) => t.members ?? []);
      const tallyText = tallies.map((t) => `${t.value} ${t.label}${t.members ? ` (${t.members.join(", ")})` : ""}`).join(", ");
      push({
        kind: "vote",
        summary: `${year ? `${year[1]} ` : ""}vote${voteSubject ? ` (${voteSubject.replace(/^the /, "")})` : ""}: ${tallyText}`,
        counts: tallies,
        countries: [...new Set([...members.map((m) => countryOf(m)).filter((c): c is string => c !== undefined), ...countries])],
        ...(date ? { date } : {}),
        ...(voteSubject ? { subject: voteSubject.replace(/^the /, "") } : {}),
      });
    }

    const signed = /\b(\d[\d,]*|[a-z]+(?:-[a-z]+)?) ((?:[a-z]+ ){0,2}?(?:documents|agreements|memoranda|memorandums|treaties|contracts|deals|accords|protocols|declarations))(?: of [a-z ]+?| (?:worth|valued at|totalling|totaling) [^,.;]+?)? (?:were|have been|had been|will be) (signed|adopted|concluded|inked)\b/i.exec(text)
      ?? /\b(?:signed|adopted|concluded|inked|signing of) (\d[\d,]*|[a-z]+(?:-[a-z]+)?) ((?:[a-z]+ ){0,2}?(?:documents|agreements|memoranda|memorandums|treaties|contracts|deals|accords|protocols|declarations))\b()/i.exec(text);
    const signedValue = signed ? parseNumber(signed[1] ?? "") : undefined;
    if (signed && signedValue !== undefined) {
      const label = `${signed[2]} ${signed[3] || "signed"}`;
      const between = countries.length ? countries : mainCountries;
      push({ kind: "count", summary: `${signedValue} ${label}${between.length >= 2 ? ` between ${between.join(" and ")}` : ""}`, counts: [{ label, value: signedValue }], countries: between });
    }

    // "The following agreements were signed: - A; - B; - C.": as many as the list holds.
    const listed = signedValue === undefined ? /\b(?:the )?following (documents|agreements|memoranda|memorandums|treaties|contracts|deals|accords|protocols|declarations) (?:were|have been) (signed|adopted|concluded)\s*:\s*(.*)$/i.exec(text) : null;
    // (the list on lines of their own after the colon: each line is a sentence of its own, see splitParagraphs)
    const lines = listed && !listed[3] ? listLinesAfter(ctx.sents, si) : [];
    const items = listed ? (listed[3] || lines.join("; ")).split(/\s*;\s*|\s+-\s+/).map((x) => x.replace(/^[-•*]\s*|\.$/g, "").trim()).filter((x) => /\p{L}/u.test(x)) : [];
    if (listed && items.length >= 2) {
      const between = countries.length ? countries : mainCountries;
      const label = `${listed[1]!.toLowerCase()} ${listed[2]!.toLowerCase()}`;
      push({ kind: "count", summary: `${items.length} ${label}${between.length >= 2 ? ` between ${between.join(" and ")}` : ""}: ${items.join("; ")}`, counts: [{ label, value: items.length }], countries: between });
    }

    const ties = tiesTold(text);
    // (told otherwise than "diplomatic relations … established", only with the date written after the act: "ties date back to 1948")
    // (the date right after the act before any other: "mark forty years of diplomatic relations next year; relations were established in May 1985")
    const tiesDate = !ties ? undefined : ties.needsDate ? dateAfter(sent, ties.end, ctx.article.published) : (dateAfter(sent, ties.end, ctx.article.published) ?? dateOf());
    if (ties && (tiesDate || !ties.needsDate)) {
      // the countries named before the act ("ties between Veldia and Orvane date from"); told of "the two countries", the article's two
      const told = [...new Set(sentCountries(sent).filter((c) => c.index < ties.end).map((c) => c.country))];
      const between = told.length >= 2 ? told : told.length === 0 && ofTheTwo(text.slice(0, ties.end)) && mainCountries.length >= 2 ? mainCountries : countries.length >= 2 ? countries : mainCountries;
      push({ kind: "relations", summary: `Diplomatic relations between ${between.join(" and ")} were ${ties.verb}${tiesDate ? ` ${onDate(tiesDate)}` : ""}`, countries: between, ...(tiesDate ? { date: tiesDate } : {}) });
    }

    const embassy = /\b(?:the )?(embassy|consulate)(?: of ([\p{L} ]+?))?(?: in ([\p{L} ]+?))? (?:was|were|has been|had been) (?:established|opened|inaugurated)\b/iu.exec(text);
    if (embassy) {
      const date = dateOf();
      const of = embassy[2] ? countryOf(embassy[2]) : undefined;
      const inCountry = embassy[3] ? countryOf(embassy[3]) : undefined;
      const pair = [of, inCountry].filter((c): c is string => c !== undefined);
      push({ kind: "embassy", summary: `The ${embassy[1]!.toLowerCase()}${of ? ` of ${of}` : ""}${inCountry ? ` in ${inCountry}` : ""} was established${date ? ` ${onDate(date)}` : ""}`, countries: pair.length ? pair : countries, ...(date ? { date } : {}) });
    }

    const tour = /\b(?:previously |also |had |has |have )*visit(?:ed|s)?\s+((?:the )?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:\s*,\s*(?:the )?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)*(?:,?\s+and\s+(?:the )?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?)/u.exec(text);
    const tourAhead = tour ? UPCOMING_VISIT.test(text) : false;
    if (tour && !tourAhead && (/\btour\b/i.test(text) || splitList(tour[1] ?? "").length >= 2)) {
      const places = splitList(tour[1] ?? "").filter((p) => findCountries(p).length > 0);
      if (places.length > 0) {
        const who = people.map((id) => ctx.personName(id)).join(" and ");
        push({ kind: "tour", summary: `${who ? `${who} visited` : "Visited"} ${places.join(", ")}${/\btour\b/i.test(text) ? " on a tour" : ""}`, places, countries: [...new Set(places.map((p) => findCountries(p)[0]!.country))] });
      }
    }

    // "X paid an official visit to Egypt", "X is on a state visit to Japan"
    const visit = /\b(?:paid|pays|paying|is on|was on|began|begins|made|makes|concluded|wrapped up) (?:an? |his |her |their )?(?:official |state |working |two-day |three-day |first |historic |\w+-day )*visit to ((?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)/u.exec(text);
    const visited = visit ? findCountries(visit[1] ?? "")[0] : undefined;
    if (visit && visited && !(tour && /\btour\b/i.test(text))) {
      const visitor = (ctx.refs[si] ?? []).find((r) => (sent.words[r.last]?.end ?? Infinity) <= visit.index);
      const who = visitor ? ctx.personName(ctx.personId(visitor.person)) : "";
      const date = dateOf();
      push({
        kind: "tour",
        summary: `${who ? `${who} visited` : "Visit to"} ${visit[1]}${date ? ` ${onDate(date)}` : ""}`,
        people: visitor ? [ctx.personId(visitor.person)] : [],
        places: [visit[1]!],
        countries: [visited.country],
        ...(date ? { date } : {}),
      });
    }

    // "accompanied by a delegation of 35 business leaders": how many came.
    const delegation = /\bdelegation (?:of|comprising|including|made up of) (\d[\d,]*|[a-z]+(?:-[a-z]+)?) ((?:[a-z-]+ ){0,2}[a-z-]+?)(?=[.,;:]| (?:from|who|and|led|headed|to|in|on|at|of|for)\b|$)/i.exec(text);
    const delegates = delegation ? parseNumber(delegation[1] ?? "") : undefined;
    if (delegation && delegates !== undefined) {
      const label = `${delegation[2]} in the delegation`;
      const who = people.map((id) => ctx.personName(id)).join(" and ");
      push({ kind: "count", summary: `${delegates} ${label}${who ? ` of ${who}` : ""}`, counts: [{ label, value: delegates }], subject: "delegation", countries: countries.length ? countries : mainCountries });
    }

    // "About 120 delegates attended the meeting": how many took part.
    const attendance = /\b(?:(?:about|some|around|nearly|almost|over|more than) )?(\d[\d,]*) (delegates|participants|representatives|guests|officials|journalists|delegations|countries) (?:from [^,.;]+? )?(attended|took part|participated|gathered)\b/i.exec(text);
    const attendees = attendance ? parseNumber(attendance[1] ?? "") : undefined;
    if (attendance && attendees !== undefined) {
      const label = `${attendance[2]!.toLowerCase()} ${/^took/i.test(attendance[3] ?? "") ? "took part" : "attended"}`;
      push({ kind: "count", summary: `${attendees} ${label}`, counts: [{ label, value: attendees }], subject: "attendance", countries: countries.length ? countries : mainCountries });
    }

    // "Brazilian President X plans to visit Vietnam next year": a visit ahead, with its year when the article is dated.
    const ahead = UPCOMING_VISIT.exec(text);
    const aheadPlaces = ahead ? splitList(ahead[1] ?? "").filter((p) => findCountries(p).length > 0) : [];
    if (ahead && aheadPlaces.length > 0) {
      const visitor = [...(ctx.refs[si] ?? [])].reverse().find((r) => (sent.words[r.last]?.end ?? Infinity) <= ahead.index);
      const who = visitor ? ctx.personName(ctx.personId(visitor.person)) : "";
      const date = yearAhead(text, articleYear(ctx.article)) ?? dateOf(true);
      push({
        kind: "tour",
        summary: `${who ? `${who} ${/\binvited\b/.test(ahead[0]) ? "is invited to visit" : "plans to visit"}` : "Planned visit to"} ${aheadPlaces.join(", ")}${date ? ` ${onDate(date)}${date.basis === "relative" && /\b(?:year|month|week)\b/.test(date.text) ? ` ("${date.text}")` : ""}` : ""}`,
        subject: "upcoming visit",
        people: visitor ? [ctx.personId(visitor.person)] : [],
        places: aheadPlaces,
        countries: [...new Set(aheadPlaces.map((p) => findCountries(p)[0]!.country))],
        ...(date ? { date } : {}),
      });
    }

    const event = /\b[Tt]he ((?:\d+(?:st|nd|rd|th) )?(?:\p{Lu}[\p{L}\d-]* )*(?:[Ss]ummit|Conference|Forum|Session|Congress|Games|Expo|Festival|Assembly)(?: of (?:the )?(?:\p{Lu}[\p{L}-]*\s?)+)?(?:\s*\([A-Z]+\))?)/u.exec(text);
    if (event && /\b(?:will be held|will take place|to be held|is scheduled|are scheduled|scheduled for|will open|will be hosted)\b/i.test(text)) {
      const date = dateOf(future, event.index);
      const where = /\b(?:held|take place|hosted) in ((?:\p{Lu}[\p{L}-]*\s?)+)/u.exec(text);
      push({
        kind: "event",
        summary: `${event[1]!.trim()}${date ? ` ${onDate(date)}` : ""}${where ? ` in ${where[1]!.trim()}` : ""}`,
        subject: event[1]!.trim(),
        places: where ? [where[1]!.trim()] : [],
        ...(date ? { date } : {}),
      });
    }

    const arrival = /\b(?:arrived|arrives|arrive|will arrive)\b(?: (?:in|at) ((?:\p{Lu}[\p{L}-]*\s?)+))?/u.exec(text);
    if (arrival && sent.words.some((w) => /^arriv/.test(w.lower) && w.pos === "VERB")) {
      const group = /\b(?:[Tt]he |[Aa] )((?:\p{Lu}[\p{L}-]* )?(?:high-level |official |government |parliamentary )?delegation)\b/u.exec(text);
      const places = arrival[1] ? [arrival[1].trim()] : [];
      const purpose = /\barrived to (attend|take part in|participate in) (the [^,.;]+?)(?= that | which | dedicated |[,.;]|$)/.exec(text);
      const date = dateOf();
      const who = group ? `The ${group[1]}` : people.map((id) => ctx.personName(id)).join(" and ");
      push({
        kind: "arrival",
        summary: `${who || "Arrival"}${places.length ? ` arrived in ${places.join(", ")}` : " arrived"}${purpose ? ` to ${purpose[1]} ${purpose[2]}` : ""}`.replace(/^Arrival arrived/, "Arrived"),
        places,
        ...(group ? { subject: group[1] } : {}),
        ...(date ? { date } : {}),
      });
    }

    // "the arrival of Cuban specialists in Azerbaijan in 2020"
    const arrivalOf = /\b[Aa]rrival of ((?:a |an |the )?(?:[\p{L}-]+ ){0,4}?[\p{L}-]+) in (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?)(?: (in|during) ([^,.;"”]+))?/u.exec(text);
    if (arrivalOf && !arrival) {
      if (arrivalOf[4]) arrivalOf[4] = arrivalOf[4].replace(/\s+(?:is|was|are|were|serves?|served|has|have|had|makes?|made|shows?|showed)\b.*$/, "");
      const when = arrivalOf[4] ? parseDate(arrivalOf[4]) : undefined;
      push({
        kind: "arrival",
        summary: `${arrivalOf[1]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase())} arrived in ${arrivalOf[2]}${arrivalOf[3] ? ` ${arrivalOf[3]} ${arrivalOf[4]}` : ""}`,
        subject: arrivalOf[1]!,
        places: [arrivalOf[2]!],
        ...(when ? { date: when } : {}),
      });
    }
  });
  return out;
}

/** "plans to visit Vietnam", "is expected to pay a state visit to Japan", "will travel to Cairo": a visit not yet made. */
const PLACE_WORDS = "(?:the )?\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?";
const UPCOMING_VISIT = new RegExp(
  `\\b(?:plans?|planned|planning|intends?|intended|(?:is|are|was|were) (?:expected|scheduled|set|due|invited)|(?:has|have) been invited|hopes?|will|would|is to)\\s+(?:to\\s+)?(?:also\\s+)?(?:pay (?:an? |his |her |their )?(?:\\w+-day |official |state |working |first )*visit to|visit|travel to)\\s+(${PLACE_WORDS}(?:(?:,| and) ${PLACE_WORDS})*)`,
  "u",
);

/** The year the article was written: its publication date, else its dateline's. */
function articleYear(article: Article): number | undefined {
  return article.published ? Number(article.published.slice(0, 4)) : article.dateline?.date?.year;
}

/** "next year", "later this year", "this year": a year resolved against the article's; none when it has no year. */
function yearAhead(text: string, year: number | undefined): PartialDate | undefined {
  const m = /\b(?:(next)|(?:later |earlier )?(this)) year\b/i.exec(text);
  if (!m || year === undefined) return undefined;
  return { year: m[1] ? year + 1 : year, basis: "relative", text: m[0] };
}

/** How far after the act of ties begun its date may be written, in characters ("were established in the autumn of 1990"). */
const NEAR_ACT = 40;

/** The first date a sentence writes from a character offset on, near it ("… date back to 1948"): a date entity, else a year written right there. */
function dateAfter(sent: Sent, from: number, published?: string): PartialDate | undefined {
  for (const e of sent.entities) {
    const at = sent.words[e.first]?.start ?? -1;
    if (e.type !== "DATE" || at < from) continue;
    // (a date further on is another event's: "ties were established, and on 3 May the ministers met")
    if (at - from > NEAR_ACT) return undefined;
    const d = parseDate(e.text, published ? { published } : {});
    if (d?.year !== undefined) return d;
  }
  const year = /^\s*(?:on\s+|in\s+)?(1\d{3}|20\d\d)\b/.exec(sent.text.slice(from));
  return year ? { year: Number(year[1]), basis: "explicit", text: year[1]! } : undefined;
}

/** "on 27 March 1992", "in March 2023", "in 1963". */
function onDate(date: PartialDate): string {
  return `${date.day !== undefined ? "on" : "in"} ${formatDate(date)}`;
}

/** The two countries an article names most (for "our countries", "both countries"). */
function topCountries(sents: Sent[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sents) for (const c of sentCountries(s)) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 2)
    .map(([c]) => c);
}

/** The text of the bulleted or numbered lines right after sentence `si` ("- a memorandum on …;", "• an agreement on …"). */
function listLinesAfter(sents: Sent[], si: number): string[] {
  const out: string[] = [];
  for (let k = si + 1; k < sents.length && LIST_LINE.test(sents[k]!.text); k++) out.push(sents[k]!.text.replace(/[;,.]+$/, ""));
  return out;
}
