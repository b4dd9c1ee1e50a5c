/**
 * @module Office titles: recognising the words of a title ("Deputy Prime Minister and Foreign
 * Minister"), normalising them, and telling whether two titles name the same kind of post.
 */
import { fold } from "./fold";

/**
 * Titles news writes by their initials ("PM Imran", "FM Dr Ahmed Nasser", "EAM Jaishankar", "DPM Rosso"), and alone for the
 * holder ("EAM held a bilateral meeting with …", "French envoy calls on PM").
 */
export const TITLE_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ["PM", "Prime Minister"],
  ["FM", "Foreign Minister"],
  ["EAM", "External Affairs Minister"],
  ["DPM", "Deputy Prime Minister"],
  // "Chief of Army Staff General X … The COAS reached …" (exchange61 x836, Pakistani press), "the CDS" (x837, Nigerian press),
  // "the CJI" (heldout83 x805, Indian press): a service chief's or a chief justice's initials, alone for the holder.
  ["COAS", "Chief of Army Staff"],
  ["CDS", "Chief of Defence Staff"],
  ["CJI", "Chief Justice"],
]);

/**
 * A country's own word for a post, written in English text for its holder ("Varan Telu, the Taoiseach, …", "The Taoiseach then sat down
 * with …", exchange64 x1002; "The Tánaiste, Y, …", heldout24 t113, heldout21 r823; "Lyonchhen met …", "Lyonchhen to visit …",
 * heldout95 x901, devH d207, exchange64 x1003): folded, with the post in English and its country.
 */
export const NATIONAL_TITLES: ReadonlyMap<string, { title: string; country: string }> = new Map([
  ["taoiseach", { title: "Prime Minister", country: "Ireland" }],
  ["tanaiste", { title: "Deputy Prime Minister", country: "Ireland" }],
  ["lyonchhen", { title: "Prime Minister", country: "Bhutan" }],
]);

/** Nouns that head an office title; plural forms map to the singular. */
const HEADS: ReadonlyMap<string, string> = new Map(
  [
    "president", "vice-president", "premier", "minister", "ambassador", "chairman", "chairwoman", "chairperson", "chair", "speaker",
    "secretary", "secretary-general", "envoy", "consul", "consul-general", "governor", "governor-general", "mayor", "king", "queen", "emir", "amir", "prince",
    "princess", "sultan", "chancellor", "spokesman", "spokeswoman", "spokesperson", "director", "director-general", "rector", "commissioner",
    "representative", "senator", "lawmaker", "legislator", "diplomat", "official", "counterpart", "head", "leader", "chief", "adviser",
    "advisor", "attaché", "attache", "chargé", "charge", "deputy", "ombudsman", "general", "admiral", "commander", "mp", "member",
    "vice-chairman", "vice-minister", "vice-premier", ...[...TITLE_ACRONYMS.keys()].map((a) => a.toLowerCase()), ...NATIONAL_TITLES.keys(), "ceo", "patriarch", "pope", "monarch", "crown",
    "councilor", "councillor", "counsellor", "counselor", "congressman", "congresswoman", "under-secretary", "undersecretary", "officer",
    "colleague", "aide",
    // "the United Nations Resident Coordinator", "National Security Coordinator"
    "coordinator",
    // "Emperor Varan", "Lieutenant Colonel Telu"; "Major-General Varan" (read35, corpus), "Lieutenant-General Telu" (read27)
    "emperor", "empress", "colonel", "major-general", "lieutenant-general", "brigadier-general",
    // "the Apostolic Nuncio": the Holy See's ambassador
    "nuncio",
    // "a reception for the archbishop", "the cardinal then met …" (a churchman's rank, a style before his name: see HONORIFICS);
    // "the Grand Imam of Kelm", "the Grand Mufti"
    "archbishop", "cardinal", "imam", "mufti",
    // "First Lady Varana Telu": a head of state's spouse, a role the reports give as a title
    "lady",
  ].flatMap((h) => [
    [h, h] as const,
    // "envoys" (a vowel before the "y"), never "deputys"
    [h === "secretary" ? "secretaries" : /[^aeiou]y$/.test(h) ? h : h.endsWith("man") ? h.replace(/man$/, "men") : `${h}s`, h] as const,
  ]),
);

/** Words that modify a head inside a title ("Foreign", "Vice", "Health"). */
const MODIFIERS: ReadonlySet<string> = new Set([
  "deputy", "vice", "prime", "first", "second", "acting", "foreign", "affairs", "health", "defence", "defense", "finance", "financial",
  "trade", "economy", "economic", "economics", "interior", "internal", "home", "justice", "education", "culture", "cultural", "energy",
  "agriculture", "labour", "labor", "industry", "tourism", "transport", "expatriates", "state", "national", "special", "permanent",
  "public", "international", "development", "investment", "environment", "emergency", "emergencies", "sport", "sports", "youth", "science",
  "technology", "digital", "information", "communications", "social", "security", "external", "relations", "cooperation", "commerce",
  "fisheries", "water", "oil", "mines", "mining", "housing", "planning", "minister's", "executive", "senior", "assistant", "under",
  "undersecretary", "under-secretary", "extraordinary", "plenipotentiary", "resident", "army", "military", "presidential", "parliamentary",
  "crown", "high", "supreme", "grand", "chief", "general", "legal", "press", "protocol", "consular", "political", "standing", "women",
  "family", "religious", "awqaf", "gender", "infrastructure", "industrial", "innovation", "higher", "secondary", "research", "european",
  "integration", "worship", "policy", "parliament", "cabinet", "senate", "ministry", "department", "migration", "immigration", "communication", "media", "arts", "heritage", "labour", "employment", "welfare", "treasury", "homeland",
  // Portfolios of ministries the world over ("Minister for Europe and Foreign Affairs", "Minister of Mineral Resources and
  // Energy", "Minister of Tourism, Civil Aviation, Sustainable Development and Culture", "Plantation and Commodities Minister").
  "europe", "mineral", "minerals", "resources", "natural", "petroleum", "gas", "electricity", "power", "logistics", "budget", "fiscal",
  // ("Deputy Minister for Trade Negotiations", read28; "Special Representative for International Negotiations", read21)
  "negotiations",
  // ("Undersecretary for Bilateral Relations and ASEAN Affairs", read19; "Director-General for Bilateral Affairs", read16; "Minister of Multilateral Affairs", devF)
  "bilateral", "multilateral",
  // ("Veldia's top diplomat X", read29 and read30)
  "top",
  "revenue", "human", "mobility", "plantation", "plantations", "commodities", "civil", "aviation", "sustainable", "reconciliation",
  "unity", "solidarity", "police", "correctional", "corrections", "services", "disaster", "disasters", "crisis", "management",
  "intelligence", "consumer", "ports", "maritime", "shipping", "climate", "food", "livestock", "forestry", "forests", "lands", "land",
  // ("Special Envoy for Climate Change X", "Minister of Environment, Urbanisation and Climate Change Y": heldout112 1032, 1035;
  // "Minister of Industry and Advanced Technology Z": heldout26 w104, heldout104 960, heldout112 1032)
  "change", "urbanisation", "urbanization", "advanced",
  // ("Veldia's road transport minister X", new59a x719; railways as a portfolio)
  "urban", "rural", "local", "regional", "veterans", "statistics", "telecommunications", "posts", "works", "roads", "road", "highways", "railways", "railway", "rail",
  "wildlife", "hospitality", "enterprise", "enterprises", "entrepreneurship", "cooperatives", "irrigation", "fishery",
  "marine", "ocean", "oceans", "nuclear", "strategic", "diaspora", "diplomacy", "overseas", "expatriate", "children", "elderly", "disabilities",
  // "Trade, Industry and Competition Minister", "Principal Secretary", "Principal Deputy Assistant Secretary of State".
  "competition", "principal", "government", "coordinating",
  // "Minister of State for African Affairs X", "Special Envoy of the Chinese Government for African Affairs Y", "Deputy Director-General of
  // the Department of Asian Affairs Z", "special representative for Eurasian affairs Y" (heldout61 x634): a region's affairs as a
  // portfolio. (Not "Arab" nor "Pacific": words of bodies a question names, "the Arab summit", "the Pacific mission".)
  "african", "asian", "eurasian",
  // "the Veldian Bank's Vice President for Western and Central Orvania, X" (new59a x720), "Special Representative for Central
  // Orvania" (read22 r902), "the head of Veldia's Southern Command" (read30 x182): a region as a portfolio, or a command's. (Not
  // "northern": it begins the names of places a title is for, as the test of a regional secretary's title shows.)
  "western", "eastern", "southern", "central",
  // "Dominican chief of staff X", "ministry chief of staff Y": the staff a chief heads.
  "staff",
  // "German Federal President X", "Federal Councillor Y" (read34, read31): a federation's posts.
  "federal",
  // "the Chargé d'Affaires of …": the second word of a chargé's title, never a name.
  "d'affaires",
  // "Opposition Leader X", "Leader of the Opposition X", "Lieutenant General Y"
  "opposition", "lieutenant", "apostolic",
  // "Minister Delegate for Foreign Trade X", "Minister-Delegate Y": a minister under another, never a name.
  "delegate",
  // "Minister Responsible for Foreign Affairs X", "Chief Administrative Secretary Y", "Minister of Food and Public Distribution Z".
  "responsible", "administrative", "distribution",
  // "Attorney General X", "the Minister of Justice and Attorney General, Y": a government's chief law officer, not a general.
  "attorney",
  // "Prosecutor General X" (heldout83 x801), "Solicitor General Y", "Inspector General of Police Z": law officers general, as above.
  "prosecutor", "solicitor", "procurator", "inspector", "auditor",
  // "Chief Commissioner for Orvanian Refugees X" (heldout70 x692, heldout79 x764): refugees as a portfolio, never a name's word.
  "refugees", "refugee",
]);

const CONNECTORS: ReadonlySet<string> = new Set(["and", "of", "for", "&"]);

/** Word class inside an office title. */
export type OfficeWordKind = "head" | "modifier" | "connector";

/**
 * What a word is inside an office title, if anything (any case).
 * @example officeWordKind("Minister") // "head"
 * @example officeWordKind("Foreign") // "modifier"
 */
export function officeWordKind(word: string): OfficeWordKind | undefined {
  const w = fold(word);
  if (HEADS.has(w)) return "head";
  if (MODIFIERS.has(w)) return "modifier";
  if (CONNECTORS.has(w)) return "connector";
  // "Prime Minister-designate", "President-elect", "pro-secretary", "co-chair", "Under-Secretary-General" (heldout36 x320, heldout63
  // x649): a head with a prefix or suffix.
  const dash = /^(?:(pro|co|vice|deputy|acting|under)-(.+)|(.+)-(designate|elect))$/.exec(w);
  const inner = dash?.[2] ?? dash?.[3];
  if (inner && HEADS.has(inner)) return "head";
  // "Attorney-General" (heldout83 x802), "Inspector-General" (read x650), "Solicitor-General": an officer general of a service.
  if (/^\p{L}{3,}-generals?$/u.test(w)) return "head";
  return undefined;
}

/**
 * Whether a word heads an office title ("Minister", "presidents").
 * @example isOfficeHead("ambassadors") // true
 */
export function isOfficeHead(word: string): boolean {
  return officeWordKind(word) === "head";
}

/**
 * Whether a word is plural of an office head ("presidents", "ministers").
 * @example isPluralOffice("ministers") // true
 */
export function isPluralOffice(word: string): boolean {
  const w = fold(word);
  return HEADS.has(w) && HEADS.get(w) !== w;
}

/** Titles of an envoy who presents credentials, not of the host who receives them. */
const ENVOY_TITLE = /\b(?:ambassador|high commissioner|envoy|nuncio|charg[ée]|chargé d'affaires|designate)\b/i;

/**
 * Whether a title is an envoy's, one who presents credentials ("Ambassador of Veldia", "High Commissioner-designate").
 * @example isEnvoyTitle("Ambassador Extraordinary and Plenipotentiary") // true
 */
export function isEnvoyTitle(title: string): boolean {
  return ENVOY_TITLE.test(title);
}

/** Words that stay lower case inside a normalised title. */
const SMALL = new Set(["and", "of", "for", "the", "to"]);

/** The initials of {@link TITLE_ACRONYMS} as normaliseTitle capitalises them ("Eam"). */
const ACRONYM_WORDS = new RegExp(`\\b(?:${[...TITLE_ACRONYMS.keys()].map((a) => a[0] + a.slice(1).toLowerCase()).join("|")})\\b`, "g");

/**
 * Normalises the words of an office title: singular heads, title case, small words lower.
 * @example normaliseTitle(["vice", "ministers", "of", "foreign", "affairs"]) // "Vice Minister of Foreign Affairs"
 */
export function normaliseTitle(words: string[]): string {
  return words
    .map((w) => {
      const f = fold(w);
      const national = NATIONAL_TITLES.get(f);
      if (national) return national.title;
      const singular = HEADS.get(f) ?? f;
      if (SMALL.has(singular)) return singular;
      if (singular === "d'affaires") return "d'Affaires";
      return singular.replace(/(^|-)(\p{L})/gu, (_m, dash: string, ch: string) => dash + ch.toUpperCase());
    })
    .join(" ")
    .replace(/ ,/g, ",")
    .replace(ACRONYM_WORDS, (short) => TITLE_ACRONYMS.get(short.toUpperCase())!)
    // "his Lithuanian colleague, X" is "his Lithuanian counterpart, X": the one who holds the same post abroad.
    .replace(/^Colleague$/, "Counterpart");
}

/** Roles of a foreign minister whose ministry has another name (read as officeRoles folds them). */
const FOREIGN_MINISTRY_NAMES = /^(?:international|international relations|external relations|foreign relations) minister$/;

/**
 * The posts a title names, each folded to "<domain> <head>" form, so titles written differently compare:
 * "Minister of Foreign Affairs" and "Foreign and Expatriates Minister" both give "foreign minister".
 * @example officeRoles("Deputy Prime Minister and Minister of Foreign Affairs") // ["deputy prime minister", "foreign minister"]
 */
export function officeRoles(title: string): string[] {
  const parts = fold(title)
    .replace(/\bvice[- ]/g, "deputy ")
    // "Foreign Affairs Cabinet Secretary", "Cabinet Secretary for Foreign and Diaspora Affairs": a cabinet secretary of a
    // domain is its minister (a bare "Cabinet Secretary", a "Chief Cabinet Secretary" are posts of their own)
    .replace(/\bcabinet secretary (?=(?:for|of) )/g, "minister ")
    .replace(/\b(?<!chief )(?<=\p{L} )cabinet secretary\b/gu, "minister")
    // "Ambassador Extraordinary and Plenipotentiary" is an ambassador, not an ambassador and a plenipotentiary
    .replace(/\s+extraordinary\s+and\s+plenipotentiary\b/g, "")
    .split(/\s+and\s+|\s*,\s*/)
    .filter(Boolean);
  const roles: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i] ?? "";
    // "Foreign and Expatriates Minister": a part with no head borrows the next part's head;
    // "Minister for Europe and Foreign Affairs": the last part, the one before
    if (!part.split(" ").some((w) => HEADS.has(w))) {
      const next = parts.slice(i + 1).find((p) => p.split(" ").some((w) => HEADS.has(w)));
      const previous = /^\S+\s+(?:of|for)\b/.test(parts[i - 1] ?? "") ? parts[i - 1] : undefined;
      const head = (next ?? previous)?.split(" ").find((w) => HEADS.has(w));
      if (head) part = next ? `${part} ${head}` : `${head} of ${part}`;
      else continue;
    }
    const of = /^(.*?)\b(\w+(?:-\w+)?) (?:of|for) (?:the )?(.+)$/.exec(part);
    if (of && HEADS.has(of[2] ?? "")) part = `${of[1] ?? ""}${of[3] ?? ""} ${of[2] ?? ""}`;
    const role = part
      .replace(/\baffairs\b/g, "")
      .replace(/\bamir\b/g, "emir")
      // "the Veldian premier", "the Orvanian premier said": a head of government, the prime minister's post (a vice-premier is no minister's deputy)
      .replace(/^premier$/, "prime minister")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^(?:foreign|external|external ) ?secretary$|^external minister$/, "foreign minister");
    roles.push(role);
    // "Veldia's envoy, Mr X" … "the Veldian ambassador also paid courtesy calls": a bare envoy heads a mission as an
    // ambassador does (heldout48 x508); not a special envoy, a post of its own
    if (role === "envoy") roles.push("ambassador");
    // "Minister of International Relations and Cooperation", "of International Affairs and Cooperation", "of External
    // Relations": a foreign ministry under another name is a foreign minister's post too.
    if (FOREIGN_MINISTRY_NAMES.test(role)) roles.push("foreign minister");
  }
  return [...new Set(roles)];
}

/**
 * Whether two titles share a post ("Foreign Minister" and "Minister of Foreign Affairs"), or one is
 * the bare head of the other ("Minister" and "Health Minister").
 * @example compatibleOffices("Foreign Minister", "Minister of Foreign Affairs") // true
 * @example compatibleOffices("Health Minister", "Ambassador") // false
 */
export function compatibleOffices(a: string, b: string): boolean {
  const ra = officeRoles(a);
  const rb = officeRoles(b);
  if (ra.some((r) => rb.includes(r))) return true;
  const bare = (roles: string[]): string[] => roles.filter((r) => !r.includes(" "));
  return bare(ra).some((h) => rb.some((r) => r.endsWith(` ${h}`) || r === h)) || bare(rb).some((h) => ra.some((r) => r.endsWith(` ${h}`)));
}

/**
 * Whether two titles name the same post, read strictly: a shared role ("Foreign Minister" and
 * "Minister of Foreign Affairs"; "Prime Minister-designate" and "Prime Minister"), not a bare head
 * inside a longer title ("President" and "President of the Senate" are two posts).
 * @example samePost("Prime Minister-designate", "Prime Minister") // true
 * @example samePost("President", "President of the Senate") // false
 */
export function samePost(a: string, b: string): boolean {
  const roles = (t: string): string[] => officeRoles(t.replace(/-(?:designate|elect)\b/gi, ""));
  const rb = roles(b);
  return roles(a).some((r) => rb.includes(r));
}

/** Words of a state's own institutions: "Speaker of the Chamber of Deputies", "Chief Justice of the Islamabad High Court". */
const NATIONAL_INSTITUTIONS = /\b(?:senate|chamber|national assembly|parliament|house of|congress|presidency|ministry|cabinet|government|court|council of ministers|council of representatives|armed forces|chiefs of staff|intelligence|police|security council)\b/;

/** Words of a body above states: "Secretary General of the Association of Caribbean States", "UN Special Envoy". */
const INTERNATIONAL_BODIES = /\b(?:united nations|un|eu|european|african union|organi[sz]ation|association|league|international|world|community|commonwealth|asean|cooperation council|nato|bank|fund|caribbean|pacific islands|gulf)\b/;

/**
 * Whether an institution belongs to one state (a parliament, a court, a ministry) rather than to a
 * body of several states: its holder is that state's official.
 * @example isNationalInstitution("Chamber of Deputies") // true
 * @example isNationalInstitution("Association of Caribbean States") // false
 * @example isNationalInstitution("UN Security Council") // false
 */
export function isNationalInstitution(name: string): boolean {
  const f = fold(name);
  return NATIONAL_INSTITUTIONS.test(f) && !INTERNATIONAL_BODIES.test(f);
}

/** An office title found in a text. */
export interface OfficeMention {
  /** Normalised title ("Foreign Minister", "Chairman"). */
  title: string;
  /** The words as written. */
  text: string;
  /** Character offset in the text. */
  index: number;
}

/**
 * Finds the office titles in a text (a question, a sentence): runs of title words with a head,
 * any case, plural heads made singular.
 * @example findOffices("who did the syrian foreign minister meet").map((o) => o.title) // ["Foreign Minister"]
 * @example findOffices("Which health ministers met?").map((o) => o.title) // ["Health Minister"]
 */
export function findOffices(text: string): OfficeMention[] {
  const out: OfficeMention[] = [];
  const words = [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  let k = 0;
  while (k < words.length) {
    if (!officeWordKind(words[k]![0]) || officeWordKind(words[k]![0]) === "connector") {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < words.length && officeWordKind(words[end + 1]![0])) end++;
    while (end > k && officeWordKind(words[end]![0]) === "connector") end--;
    const run = words.slice(k, end + 1).map((m) => m[0]);
    if (run.some((w) => HEADS.has(fold(w)))) {
      const first = words[k]!;
      const last = words[end]!;
      out.push({ title: normaliseTitle(run), text: text.slice(first.index, last.index + last[0].length), index: first.index });
    }
    k = end + 1;
  }
  return out;
}
