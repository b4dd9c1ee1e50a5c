/**
 * @module Cleaning: a raw article file → header facts (title, publication date, publisher, URL,
 * author, credits) and the paragraphs of the article proper, with embedded posts kept apart.
 */
import type { EmbeddedPost } from "../facts/types";
import { countryOfCity, findCountries } from "../nlp/countries";
import { placeCase, readDatelineLine } from "./dateline";
import { parseDate } from "./dates";

/** A paragraph of the article, or the text of an embedded post. */
export interface Block {
  text: string;
  /** Index into `quotes` when the block is an embedded post. */
  quote?: number;
}

/** An article file after cleaning, before the dateline is read. */
export interface CleanArticle {
  title?: string;
  published?: string;
  publisher?: string;
  credits: string[];
  url?: string;
  author?: string;
  /** The post the byline gives its author: "By A, Pacific correspondent", "A Multimedia Journalist", a line "Regional Correspondent" below. */
  authorRole?: string;
  blocks: Block[];
  quotes: EmbeddedPost[];
  /** A stamp line naming a city ("PTI | New York | September 25, 2023", "Madrid | 16 Feb 2026 - 19:32 CET", a release's closing "Dakar, 3 September 2025"): the article's dateline when its body opens with none. */
  stamp?: { place: string; date: string; raw: string; dateline?: true };
  /** A dateline on a line of its own in the page head ("PARIS/LYON - Agency Name"): its places, in the order written. */
  headDateline?: { places: string[]; agency?: string; raw: string };
  /** The city a release's masthead or closing credit names ("Embassy of Veldia, Tarsk", "MFAET Press | Orvane"): where it was issued. */
  mastheadCity?: string;
}

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*/;
const HUMAN_STAMP = /^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}(?:\s+\d{1,2}:\d{2})?(?:\s*\((?:UTC|GMT)[^)]*\))?[ \t]*/;
const IMAGE = /^\s*(?:\*?\s*image not found[^\n]*|!\[[^\]]*\]\([^)]*\)|\[(?:image|photo|video)[^\]]*\]|(?:photo|image|picture)\s*:.*)\s*$/i;
const RULE = /^\s*(?:[-*_=]\s*){3,}$/;
const SHARE = /^\s*(?:share(?: this(?: article| story)?)?|tweet|print|e-?mail|facebook|twitter|whatsapp|telegram|linkedin|copy link)(?:\s*[|·•,/]?\s*(?:share|tweet|print|e-?mail|facebook|twitter|whatsapp|telegram|linkedin|copy link))*\s*:?\s*$/i;
const URL_LINE = /^\s*<?(https?:\/\/[^\s>]+)>?\s*$/;
const TAIL_LIST = /^\s*(?:you might also like|you may also like|latest news|related(?: news| articles| stories| posts)?|read more|read also|also read|more news|more from [\p{L} ]+|recommended|most read|most popular|trending|see also|tags)\s*:?\s*$/iu;
const JUNK = /^\s*(?:©|\(c\)\s|copyright\b|all rights reserved|follow us\b|subscribe\b|advertisement\s*$|sponsored\s*$|click here\b)/i;
/**
 * Lines of a web page around the article: navigation, consent, prompts, end marks. Each with the
 * corpus pages it comes from.
 */
const FURNITURE: RegExp[] = [
  // "Skip to main content" (GOV.UK, a Kuwaiti daily), "Skip navigation" (a ministry site)
  /^skip (?:to (?:the )?(?:main )?content|navigation)\b/i,
  // "Cookies on GOV.UK", "This site uses cookies to …", "We use cookies to personalise content …"
  // "This site uses small cookie files so that it works properly. … continuing to browse means you accept them."
  /^cookies on\b|\b(?:uses?|use of) (?:some )?(?:essential )?cookies\b|\bcookie (?:policy|settings|files?)\b|\b(?:accept|reject)(?: all| additional)? cookies\b|\bcontinuing to browse\b/i,
  // "Search the site...", "GOV.UK Menu Search", "Sign up", "Newsletter", "Back to top", "Page Top", "List"
  /^(?:search(?: the site)?|menu|sign up|log ?in|register|subscribe|newsletter|back to top|page top|list|print|home|news|press releases?|press release|more|comments?)(?:\W+(?:menu|search))*\W*$/i,
  // "Get the news that matters.", "Sign up free for our newsletters …", "Get breaking news alerts: …", "Top stories in your inbox."
  /^(?:get (?:the news|breaking news)\b|sign up (?:free )?for\b|top stories in your inbox|sign up for emails)/i,
  // the heading of a box of other stories that no list follows ("Most read stories of the month", "Top stories"; a list's own
  // heading, "Most read", "Related news", is TAIL_LIST's)
  /^(?:most (?:read|popular|viewed)(?: stories| articles)? (?:of|this|today)\b[\p{L}\s]{0,20}|top stories|editor'?s picks)$/iu,
  // "Is this page useful?", "Did you find this article useful?", "Report a problem with this page"
  /^(?:is this page useful|did you find this article useful|report a problem)\b/i,
  // comment boxes: "Leave a Reply", "Your email address will not be published.", "Comments are closed on this story."
  /^(?:leave a reply|your email address will not be published|this site uses akismet|comments are closed|notify of new|\d+ comments?$)/i,
  // "Read this article in Spanish.", "Read the original article on New Times.", "[Provisional translation]"
  /^(?:read (?:this article in \p{L}+|the original article\b)|\[?provisional translation\]?$)/iu,
  // "Categories: Politics, Uruguay", "Tags: Brazil, …", "Topics: Government, …", "Text size: A- | A | A+"
  /^(?:categories|tags|topics|filed under|keywords|text size)\s*:/i,
  // "All content is available under the Open Government Licence …", "Get breaking news alerts: follow our …"
  /^all content is available under\b|\bfollow our official\b/i,
  // end marks: "(END)" (Yonhap), "-ENDS-" (a government release), "--IANS", "(end)"
  /^(?:\(end\)|-+\s*ends?\s*-*|--\s*\p{Lu}{2,10})$/iu,
  // a link to another story: "Related: Sri Lanka, Maldives mark six decades of ties", "Read more: Parliament approves list of envoys",
  // "Read also: Primary elections to be held this Sunday"
  /^(?:related(?: news| articles?| stories| story)?|read more|read also|also read|see also|more on this)\s*:\s*\S/i,
  // "2 days ago · Add Comment · 14 Views · 2 min read"
  /^\d+ (?:minutes?|hours?|days?|weeks?) ago\b/i,
];

/** A menu or breadcrumb: short items between "|", "›", "»" or ">" ("Home | The Ministry | Press", "Home > Kuwait > Politics", "العربية | English"). */
const isMenu = (line: string): boolean => {
  const items = line.split(/\s*(?:\||›|»|>|·|•)\s*/).filter((x) => x.trim() !== "");
  if (items.length >= 2 && /[|›»>]/.test(line) && items.every((x) => x.split(/\s+/).length <= 6 && !closesSentence(x))) return true;
  // "Home   About the Ministry   Media Centre   News", "anews   TÜRKİYE   WORLD   ECONOMY": short items set apart by runs of spaces
  const spaced = line.trim().split(/\s{3,}|\t+/);
  if (spaced.length >= 3 && spaced.every((x) => x.split(/\s+/).length <= 4 && !closesSentence(x))) return true;
  // "WORLD / ORVANE", "Home / Region / Veldia": a section's crumbs, capitalised items of a word or three
  const crumbs = line.trim().split(/\s+\/\s+/);
  if (crumbs.length >= 2 && crumbs.every((x) => x.split(/\s+/).length <= 3 && /^\p{Lu}[\p{L} ]*$/u.test(x))) return true;
  // "Home  Region  Trade  Sport  Opinion": four or more capitalised items of a word or three, set apart by two spaces
  const doubled = line.trim().split(/\s{2,}/);
  return doubled.length >= 4 && doubled.every((x) => x.split(/\s+/).length <= 3 && /^\p{Lu}/u.test(x) && !closesSentence(x));
};

/** A sentence's closing stop, not a search box's prompt ("English | Français | Search...": a menu's item). */
const closesSentence = (item: string): boolean => /[.!?]$/.test(item.trim()) && !/(?:\.\.\.|…)$/.test(item.trim());

/** A line that may be a site's name: short, no sentence's closing stop. */
const isSiteName = (line: string): boolean => line.split(" ").length <= 12 && !/[.!?:]$/.test(line);

/** Words of an organisation's name on a masthead ("Ministry of Foreign and European Affairs of the Veldian Republic", "ORVANIAN GOVERNMENT"). */
const ORGANISATION = /\b(?:ministry|embassy|government|council|office|department|presidency|secretariat|parliament|assembly|commission|mission|consulate|directorate|bureau|agency|chancellery)\b/i;
const NAME_LINK = /^(?:of|and|the|for|in|to|on|at|&|-|–|—)$/i;

/** A masthead or credit line: an organisation's name alone, every word capitalised but the links ("Council of Representatives of Iraq - Media Office"). */
const isMasthead = (line: string): boolean => {
  const words = line.replace(/[,()]/g, " ").split(/\s+/).filter(Boolean);
  return words.length <= 12 && ORGANISATION.test(line) && !/[.!?:]$/.test(line) && words.every((w) => NAME_LINK.test(w) || /^[\p{Lu}\d]/u.test(w));
};

/** A reporter's byline: "By Mira Tolvan", "By IFP Editorial Staff", "Oren Dask Multimedia Journalist", "Presidency reporter", "Editor: Ana Velko". */
const BYLINE = /^(?:[Bb]y\s+(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3})\b.{0,60}$|(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2}?)\s+(?:\p{Lu}[\p{L}-]+\s+)?(?:[Jj]ournalist|[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor)$|(?:\p{Lu}[\p{L}-]+\s+)?(?:[Rr]eporter|[Cc]orrespondent|[Jj]ournalist|[Ee]ditor)$|(?:Editor|Reporter|Writer|Author|Edited by|Written by|Reported by)\s*:\s*(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3})$)/u;

/** A reporter's post after the name, or on a line of its own: ", Pacific correspondent", " Multimedia Journalist", "Regional Correspondent". */
const BYLINE_ROLE = /^\s*,?\s*((?:[\p{L}-]+\s+){0,3}(?:[Jj]ournalist|[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor))$/u;

/** A publisher's credit line on a syndicated page: "The New Times (Kigali)", "Tunis Afrique Presse (Tunis)". */
const PUBLISHER_LINE = /^((?:The\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){1,4})\s+\((\p{Lu}[\p{L} -]+)\)$/u;

/** A photo's label and credits: "Photo: …", "PHOTO - Presidential Press Unit: …", "[Photo] …", "Photo caption: …". */
const CAPTION_LABEL = /^\s*(?:\[(?:photo|image|picture)\]|(?:photo|image|picture)(?: caption)?\s*[-–:])/i;
/** A caption's closing credit: "- Amiri Diwan and KUNA photos", "- Press photo", ". File image", "(KUNA photo)", "[Source: Fiji Government/ Facebook]". */
const CAPTION_CREDIT = /(?:\s+[-–]\s+[^-–]{0,40}\bphotos?|\.\s+file (?:image|photo)|\s*\([^()]{0,30}\bphoto\)|\s*\[(?:source|photo|image|credit)s?\s*:[^\]]*\])\s*$/i;
/** Who is where in a photo: "(L)", "(R)", "(left)", "(centre)". */
const PHOTO_SIDE = /\s*\((?:l|r|c|left|right|centre|center)\)/gi;

const SOURCE = /\s*\((?:source|sources|via)\s*:\s*([^)]+)\)\s*/i;
const INITIALS = /^\s*(?:\p{Lu}\.){1,4}\s*$/u;
const BOLD_LINE = /^\s*\*\*([^*]+)\*\*\s*$/;
const POST_SIGNATURE = /\s*[—–-]{1,2}\s*([^()—–]+?)\s*\((@\w+)\)\s+([A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})\s*$/;
const PIC_LINK = /\s*(?:https?:\/\/)?(?:pic\.twitter\.com|t\.co)\/\w+/g;

const strip = (s: string): string =>
  s
    .replace(/^#+\s*/, "")
    .replace(/\*+/g, "")
    .replace(/[ \t]+/g, " ")
    .trim();

/**
 * Cleans one article file: reads the ` date YYYY-MM-DD` header, title, byline, URL, source credits and
 * a closing publisher line; drops image placeholders, rules, share lines and trailing headline lists;
 * keeps embedded posts ("… — Name (@handle) Month D, YYYY") as quotes.
 * @example cleanArticle(" date 2025-03-04 PARIS — The ministers met.").published // "2025-03-04"
 */
export function cleanArticle(raw: string): CleanArticle {
  let text = raw.replace(/\r\n?/g, "\n").replace(/[\u00a0\u2007\u202f]/g, " ").replace(/^\uFEFF/, "");
  const out: CleanArticle = { credits: [], blocks: [], quotes: [] };
  const header = HEADER.exec(text);
  if (header) {
    out.published = header[1];
    text = text.slice(header[0].length).replace(HUMAN_STAMP, "");
  }
  let lines = text.split("\n");
  const tail = lines.findIndex((l) => TAIL_LIST.test(l));
  if (tail >= 0) lines = lines.slice(0, tail);
  const kept: string[] = [];
  for (const raw of lines) {
    const stamp = readStamp(raw);
    if (stamp) {
      out.published ??= stamp.published;
      // "By Varan Telu | Saturday, January 7, 2023 | 4 min read": a byline with its date names the reporter.
      const stripped = strip(raw);
      const by = STAMP_BYLINE.exec(stripped);
      if (by && !STAFF_BYLINE.test(stripped)) out.author ??= by[1];
      if (stamp.place) out.stamp ??= { place: stamp.place, date: stamp.published, raw: stripped, ...(new RegExp(`^${stamp.place},\\s`, "i").test(stripped) ? { dateline: true } : {}) };
      kept.push("");
      continue;
    }
    const line = CAPTION_CREDIT.test(raw) ? raw.replace(CAPTION_CREDIT, "").replace(PHOTO_SIDE, "") : raw;
    // "MFAET Press | Orvane" reads as a menu, yet names the city a release is issued from.
    const menu = isMenu(line.trim());
    const issued = menu ? mastheadCity(strip(line)) : undefined;
    if (issued) out.mastheadCity ??= issued;
    // "Royal House of Veldia" over "Home | The Royal House | News" (read18), "President's Media Division - Orvane" over "News |
    // Speeches | Gallery" (read31): the one line above the page's navigation is the site's name, never the story's title.
    // (the line right above, the page's first: not a title a share line follows after a blank)
    const above = kept.filter((l) => l.trim() !== "");
    if (menu && !issued && above.length === 1 && kept.at(-1) === above[0] && isSiteName(strip(above[0]!))) kept[kept.length - 1] = "";
    if (IMAGE.test(line) || RULE.test(line) || SHARE.test(line) || JUNK.test(line) || CAPTION_LABEL.test(line) || isFurniture(line.trim())) {
      kept.push("");
      continue;
    }
    const url = URL_LINE.exec(line);
    if (url) {
      out.url ??= url[1];
      kept.push("");
      continue;
    }
    kept.push(line);
  }
  readHead(kept, out);
  const paragraphs = splitParagraphs(kept);
  readHeadAndTail(paragraphs, out);
  for (const p of paragraphs) {
    let body = p.text;
    const source = SOURCE.exec(body);
    if (source) {
      out.credits.push(strip(source[1] ?? ""));
      body = body.replace(SOURCE, " ").trim();
    }
    for (const m of body.matchAll(/\b[Aa]ccording to ((?:\p{Lu}[\p{L}.&'-]*\s?){1,3}),/gu)) out.credits.push((m[1] ?? "").trim());
    // (the pattern is tried from every dash of the paragraph to its end: only a paragraph with a handle can end with one)
    const post = body.includes("(@") ? POST_SIGNATURE.exec(body) : null;
    if (post) {
      const quote: EmbeddedPost = { text: body.slice(0, post.index).replace(PIC_LINK, "").trim(), author: (post[1] ?? "").trim(), handle: post[2] };
      const date = parseDate(post[3] ?? "");
      if (date) quote.date = date;
      out.quotes.push(quote);
      out.blocks.push({ text: quote.text, quote: out.quotes.length - 1 });
      continue;
    }
    if (body !== "") out.blocks.push({ text: body });
  }
  dropRepeatedLead(out);
  out.credits = [...new Set(out.credits)];
  return out;
}

const isFurniture = (line: string): boolean => line !== "" && (FURNITURE.some((f) => f.test(line)) || isMenu(line));

/** A time of day in a stamp: "09:12 UTC", "9:48 PM UTC", "12:28 pm IST", "16:28h", "(Brasilia time)". */
const TIME = /\(?\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:h\b|[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\b\)?)?\)?|\([\p{L} ]*\btime\)/giu;
const STAMP_LABEL = /\b(?:(?:last )?updated(?: at| on)?|published(?: on)?|posted(?: on)?|date|\d+ (?:minutes?|hours?|days?) ago|\d+ min(?:ute)?s? read|reading time:? \d+ min(?:ute)?s?|\d+ views?|add comment)\b\s*:?/gi;
const STAMP_WEEKDAY = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b\.?,?/gi;
/** Lower-case words a stamp's other items may hold ("By our Orvane correspondent", "International desk", "Activities of the Ministers", "Veldia Desk live updates", "Staff report", "By a Staff Writer", "Press releases"). */
const STAMP_WORDS = /^(?:of|the|and|by|a|our|at|in|for|desk|correspondent|staff|reporter|writer|report|time|local|live|updates?|blog|releases?)$/;

/** Labels that open an item of a stamp line: "Source: …", "Editor: …". */
const ITEM_LABEL = /\b(?:source|editor)\s*:/gi;
/** A line opened by a full date in figures and a separator: "12/06/2021 | …", "04.03.2021 - …". */
const NUMERIC_STAMP = /^\d{1,2}[./]\d{1,2}[./]\d{4}\s*(?:[|·•]|[-–—]\s)/;

/**
 * A stamp line of a web page: a full date with a time, a section, an agency, a byline or a city,
 * and nothing that reads as a sentence: "Saturday, November 16th 2024 - 09:12 UTC",
 * "Diplomacy | 05.05.2022, 19:48", "PTI | New York | September 25, 2023 12:28 pm IST",
 * "Published: 26 Feb 2024 | Last updated: 26 Feb 2024", "Tarsk, November 2nd 2024",
 * a byline with its date: "By vNews Staff | 9 May 2024", "Staff report | Tarsk | Sunday, 12 May 2024",
 * "By Veldia desk | 18 September 2024, 16:40 | Reading time: 4 min", a section crumb: "Press releases › 20.02.2026".
 */
function readStamp(raw: string): { published: string; place?: string } | undefined {
  // "Politics | Economy | Region | World | Opinion          Saturday, 11 May 2024" (heldout53 x583, heldout22 r917, heldout85
  // x816): a menu, then the page's date set apart by a run of spaces.
  const apart = raw.trim().split(/\s{3,}|\t+/);
  if (apart.length === 2 && isMenu(apart[0]!) && !/\s{3,}|\t/.test(apart[1]!)) return readStamp(apart[1]!);
  const line = strip(raw);
  if (line === "" || line.split(" ").length > 18) return undefined;
  const date = parseDate(line);
  if (date?.year === undefined || date.month === undefined || date.day === undefined) return undefined;
  // ("2023-11-08 10:26  Source: Tarsk Newsroom  Editor: Ana Rell", heldout78 x759; "Source: Orvel Wire | 2023-04-02 10:15:00", corpus
  // c043; "Source: Tarsk Radio, Orvel Wire   Thursday, May 4, 2023", devH e203: a label of the source or the editor opens an item)
  const rest = line.replace(date.text, " ").replace(TIME, " ").replace(STAMP_LABEL, " ").replace(STAMP_WEEKDAY, " ").replace(ITEM_LABEL, " | ");
  const items = rest.split(/\s*(?:[|·•/,›»]|\s[-–—]\s|\s[-–—]$|^[-–—]\s)\s*/).map((x) => x.trim().replace(/^[-–—:.\s]+|[-–—:.\s]+$/g, "")).filter((x) => /\p{L}/u.test(x));
  const words = items.flatMap((x) => x.split(/\s+/));
  // "12/06/2021 | Veldia - Orvane relations", "04.03.2021 - Press office of the Delegation to Tarsk": a line
  // opened by a date in figures and a separator is a page's stamp, whatever section or team it names after it.
  const figured = NUMERIC_STAMP.test(line);
  if (items.length > 4 || words.length > 12 || (!figured && items.some((x) => x.split(/\s+/).length > 5))) return undefined;
  // A word all in lower case reads as a sentence's; an outlet's name may open on one ("By vNews Staff | 9 May 2024").
  if (!figured && words.some((w) => /^\p{Ll}+$/u.test(w) && !STAMP_WORDS.test(w))) return undefined;
  const two = (n: number): string => String(n).padStart(2, "0");
  const out: { published: string; place?: string } = { published: `${date.year}-${two(date.month)}-${two(date.day)}` };
  const place = items.find((x) => countryOfCity(x) !== undefined && findCountries(x).some((c) => c.kind === "city" && c.text === x));
  if (place) out.place = place;
  return out;
}

/** A byline naming a desk or staff before its first comma or separator: "By Staff Reporter, Tarsk", "By Veldia desk | …", "By Tarsk Wire staff". */
const STAFF_BYLINE = /^(?:By\s+)?[^,|·•]*\b(?:staff|desk|correspondent)\b/i;
/** A stamp line's byline before its first separator: "By Varan Telu | 6 January 2017", "By V. Telu | The Tarsk Post | …". */
const STAMP_BYLINE = /^By\s+(\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){1,3})\s*[|·•]/u;

/** A reporter's bare name under the title: "Neil Losa", "Amanda Sello". */
const BARE_NAME = /^\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2}$/u;

/**
 * The page head, above the first paragraph of the article: mastheads ("Embassy of the Republic of
 * Cuba in Jamaica"), section labels ("News", "Diplomacy Politics"), bylines and publisher lines are
 * blanked, the byline kept as the author; the title line is left for {@link readHeadAndTail}.
 */
function readHead(lines: string[], out: CleanArticle): void {
  const start = lines.findIndex((l) => strip(l).split(" ").length >= 10 && /[.!?"”:)]$/.test(strip(l)));
  const end = start < 0 ? lines.length : start;
  let titled = false;
  const original = [...lines];
  for (let i = 0; i < end; i++) {
    const line = strip(lines[i] ?? "");
    if (line === "") continue;
    const words = line.split(" ").length;
    const wire = WIRE_BYLINE.exec(line);
    const byline = BYLINE.exec(line);
    const publisher = PUBLISHER_LINE.exec(line);
    const next = lines.slice(i + 1).findIndex((l) => l.trim() !== "") + i + 1;
    const lone = titled ? readDatelineLine(line) : undefined;
    if (lone) {
      out.headDateline ??= { ...lone, raw: line };
      lines[i] = "";
      continue;
    }
    // "EMBASSY OF VELDIA" over "TARSK": the city a masthead names on its own line.
    const city = mastheadCity(line) ?? (isCityLine(line) && i > 0 && isMasthead(strip(original.slice(0, i).filter((l) => l.trim() !== "").at(-1) ?? "")) ? cityName(line) : undefined);
    if (city) out.mastheadCity ??= city;
    // "Sabina Mammadli" right above the body is a byline; "Diplomacy Politics" above the title a section label.
    if (city && !titled && words <= 6) lines[i] = "";
    else if (!titled && BARE_NAME.test(line) && next === start) {
      out.author ??= line;
      lines[i] = "";
    } else if (isMasthead(line) || (!titled && words <= 3)) lines[i] = "";
    else if (wire) {
      out.author ??= wire[1]!.trim();
      out.publisher ??= wire[2]!.replace(/^The\s+/, "");
      lines[i] = "";
    } else if (byline) {
      const name = byline[1] ?? byline[2] ?? byline[3];
      // "By Staff Reporter, Tarsk", "By Tarsk Wire staff" name no one; "By Varan Telu, staff correspondent" names its reporter.
      if (name && !STAFF_BYLINE.test(line) && out.author === undefined) {
        out.author = name.trim();
        const role = BYLINE_ROLE.exec(line.slice(line.indexOf(name) + name.length));
        if (role) out.authorRole = role[1];
      } else if (!name && out.author !== undefined && BYLINE_ROLE.test(line)) out.authorRole ??= line;
      lines[i] = "";
    } else if (publisher && titled) {
      out.publisher ??= publisher[1]!.trim();
      lines[i] = "";
    } else if (titled && BARE_NAME.test(line)) {
      out.author ??= line;
      lines[i] = "";
    } else titled = true;
  }
  // The tail's masthead or credit: "Media Office of the Parliament Speaker", "MFAET Press | Orvane".
  for (let i = lines.length - 1; i > end; i--) {
    const line = strip(lines[i] ?? "");
    if (line === "") continue;
    const city = mastheadCity(line);
    if (city) out.mastheadCity ??= city;
    if (isMasthead(line) || city) lines[i] = "";
    else if (line.split(" ").length >= 8) break;
  }
}

/** A city of the gazetteer written as it stands ("Tarsk", "TARSK"), in title case. */
function cityName(text: string): string | undefined {
  const name = placeCase(text);
  return countryOfCity(name) !== undefined && findCountries(name).some((c) => c.kind === "city" && c.text === name) ? name : undefined;
}

/** A line that is a city's name alone ("TARSK"). */
const isCityLine = (line: string): boolean => line.split(" ").length <= 3 && cityName(line) !== undefined;

/**
 * The city a masthead or credit line names after its organisation: "Embassy of Veldia, Tarsk",
 * "MFAET Press | Orvane"; undefined for any other line.
 */
function mastheadCity(line: string): string | undefined {
  const m = /^(.{3,80}?)\s*(?:,|\|)\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})$/u.exec(line);
  if (!m) return undefined;
  const org = m[1]!.trim();
  const words = org.split(/\s+/);
  const named = (ORGANISATION.test(org) || /\b(?:press|media|information|communications?)\b/i.test(org)) && words.length <= 10 && words.every((w) => NAME_LINK.test(w) || /^[\p{Lu}\d]/u.test(w));
  return named ? cityName(m[2]!) : undefined;
}

interface Paragraph {
  text: string;
  bold: boolean;
  lines: string[];
}

/** A paragraph that announces a list: it ends on a colon ("Those who presented their credentials were:"). */
const announcesList = (p: Paragraph | undefined): boolean => p !== undefined && /:\s*$/.test(p.text);

/** A short line that closes no sentence: an item of a list written one per line ("A - Republic of Veldia"). */
const isBareItem = (line: string): boolean => !/[.!?:;]["”’)]?$/.test(line) && line.split(/\s+/).length <= 12;

function splitParagraphs(lines: string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length === 0) return;
    const joined = current.join(" ");
    out.push({ text: strip(joined), bold: current.every((l) => BOLD_LINE.test(l)), lines: current });
    current = [];
  };
  // (whether the lines run under a paragraph that announced a list, item after item)
  let listing = false;
  for (const line of lines) {
    if (line.trim() === "") {
      flush();
      listing = announcesList(out.at(-1));
    } else {
      // "2) VARAN AND TELU MEET IN ORVANE" or "13:07 - Minister sees Varan" right above its story: a heading of its own.
      if (out.length > 0 && current.length > 0 && isHeading(current[current.length - 1]!) && isSentenceLine(line.trim())) flush();
      // "– 9 October: …" or "- A, Ambassador of Veldia." under a line that closes a sentence: an item of its own, not that sentence's run-on.
      // So too under a line that announces a list ("… were:") or is an item itself ("• A, Ambassador of Veldia" over "• B, …").
      const above = current[current.length - 1];
      if (above !== undefined && LIST_LINE.test(line) && (/[.!?:]["”’)]?$/.test(above) || LIST_LINE.test(above))) flush();
      // "The envoys accredited are:" over "A - Republic of Veldia" and "B - Republic of Orvane", line by line with no bullets:
      // short lines with no stop under a paragraph that announces a list are items each.
      else if (above !== undefined && listing && isBareItem(above) && isBareItem(line.trim())) flush();
      current.push(line.trim());
    }
  }
  flush();
  return out.filter((p) => p.text !== "");
}

/** A line of a bulleted or numbered list: "- A", "– 9 October: …", "• …", "2) …". */
export const LIST_LINE = /^\s*(?:[-–—•*]|\d{1,2}[.)])\s/;

/** A line that closes no sentence and is no dateline ("PARIS, May 2 —", "ORVANE (Agency) -"): a heading when a sentence follows it. */
const isHeading = (line: string): boolean =>
  /[\p{L}\d'’]$/u.test(line) && /\p{L}/u.test(line) && !/^\p{Lu}[\p{Lu}\p{Ll} .'’-]*(?:,|\s\()/u.test(line);

/** A line that is a whole sentence or more: a capital, a digit or a quotation mark first, eight words or more, a stop last. */
const isSentenceLine = (line: string): boolean => /^[\p{Lu}\d"“‘']/u.test(line) && line.split(/\s+/).length >= 8 && /[.!?"”’]$/u.test(line);

/**
 * A first line that is a headline, not the first line of a wrapped paragraph: no closing punctuation,
 * 4–20 words, and either most words capitalised or a dateline ("PARIS, …", "Tokyo (Kyodo):") next.
 */
function looksLikeHeadline(line: string, next: string): boolean {
  const words = line.split(" ");
  if (/[.!?:,;"”]$/.test(line) || words.length < 4 || words.length > 20) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
  return capitalised >= 0.5 || /^\p{Lu}[\p{Lu} .'-]{2,}(?:,|\s*\(|\s+[—–-])|^\p{Lu}[\p{L} .'-]+\s*\([^)]+\)\s*[:—–-]/u.test(next.trim());
}

/** A wire byline naming its agency: "By LUCIA MORENO Associated Press", "By Jane Doe, AFP". */
const WIRE_BYLINE = /^By\s+(\p{Lu}[\p{L}'-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}'-]+){1,5}?)(?:,\s*|\s+)((?:The\s+)?(?:Associated Press|Agence France-Presse|AFP|Reuters|(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:News Agency|News Service|Press Agency|Press)))$/u;
/** A wire's closing staff credits: "(Reporting by A in Rabat; Editing by B)". */
const STAFF_CREDITS = /^\(((?:(?:additional )?reporting|writing|editing|compiled)\b[^)]*)\)$/i;

/** Title and byline at the head; publisher line and author initials at the tail. */
function readHeadAndTail(paragraphs: Paragraph[], out: CleanArticle): void {
  // A title line with the body right under it, no blank line between.
  const head = paragraphs[0];
  const [line, ...rest] = head?.lines ?? [];
  if (head && line && rest.length > 0 && looksLikeHeadline(strip(line), rest[0] ?? "")) {
    paragraphs.splice(0, 1, { text: strip(line), bold: false, lines: [line] }, { text: strip(rest.join(" ")), bold: false, lines: rest });
  }
  const first = paragraphs[0];
  const isTitle = (p: Paragraph): boolean => !/[.!?:"”]$/.test(p.text) && p.text.split(" ").length >= 4 && paragraphs.length > 1;
  const isByline = (p: Paragraph): boolean => /^(?:By\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2}$/u.test(p.text);
  if (first && isTitle(first)) {
    out.title = first.text;
    paragraphs.shift();
  }
  const second = paragraphs[0];
  const wire = second && paragraphs.length > 1 ? WIRE_BYLINE.exec(second.text) : null;
  if (wire) {
    // "By LUCIA MORENO Associated Press", "By Jane Doe and John Roe, AFP"
    out.author = wire[1]!.trim();
    out.publisher ??= wire[2]!.replace(/^The\s+/, "");
    paragraphs.shift();
  } else if (second && paragraphs.length > 1 && isByline(second)) {
    out.author = second.text.replace(/^By\s+/, "");
    paragraphs.shift();
  }
  for (;;) {
    const last = paragraphs[paragraphs.length - 1];
    if (!last || paragraphs.length < 2) break;
    const staff = STAFF_CREDITS.exec(last.text);
    if (staff) out.credits.push(...staff[1]!.split(/;|,|\band\b/).map((c) => c.replace(/^\s*(?:(?:additional )?reporting|writing|editing|compiled|graphics)(?: by)?\s*/i, "").replace(/\s+in\s+\p{Lu}[\p{L}-]*$/u, "").trim()).filter(Boolean));
    else if (last.bold && last.text.split(" ").length <= 6) out.publisher ??= last.text;
    else if (INITIALS.test(last.text)) out.author ??= last.text;
    else break;
    paragraphs.pop();
  }
}

/** A bold standfirst repeated by the body is dropped; otherwise it stays as a paragraph. */
function dropRepeatedLead(out: CleanArticle): void {
  const [first, ...rest] = out.blocks;
  if (!first || first.quote !== undefined) return;
  const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const lead = words(first.text);
  const repeated = (b: Block): boolean => {
    const body = new Set(words(b.text));
    return lead.filter((w) => body.has(w)).length >= 0.8 * lead.length;
  };
  if (lead.length > 0 && rest.some(repeated)) out.blocks.shift();
}
