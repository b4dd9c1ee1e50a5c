/**
 * @module National news agencies and state outlets, and the country each one reports from: a story
 * of the Qatar News Agency names Qatar's officials without saying whose they are. General knowledge,
 * not a list of this corpus's sources.
 */
import { countryOf } from "./countries";

/** Agency or outlet (full name and short forms, comma-separated) | its country. */
const OUTLET_TABLE = `
Vietnam News Agency,VNA,Viet Nam News,Việt Nam News,VNS|Vietnam
Xinhua,Xinhua News Agency,China Daily,CGTN,People's Daily|China
Yonhap,Yonhap News Agency,KBS,Arirang|South Korea
Kyodo,Kyodo News,NHK,Jiji,Jiji Press|Japan
WAM,Emirates News Agency|United Arab Emirates
SPA,Saudi Press Agency|Saudi Arabia
KUNA,Kuwait News Agency|Kuwait
QNA,Qatar News Agency|Qatar
ONA,Oman News Agency|Oman
BNA,Bahrain News Agency|Bahrain
APP,Associated Press of Pakistan|Pakistan
PTI,Press Trust of India,IANS,ANI,DD News|India
Bernama|Malaysia
Antara,Antara News|Indonesia
PNA,Philippine News Agency|Philippines
TASS,RIA Novosti,RIA,Sputnik|Russia
Anadolu,Anadolu Agency,AA|Turkey
Kazinform|Kazakhstan
Kabar|Kyrgyzstan
Prensa Latina|Cuba
Andina,Agencia Andina|Peru
ANSA|Italy
EFE|Spain
Agência Brasil,Agencia Brasil|Brazil
NAN,News Agency of Nigeria|Nigeria
ENA,Ethiopian News Agency|Ethiopia
APS,Algérie Presse Service,Algerie Presse Service|Algeria
MAP,Maghreb Arab Press|Morocco
TAP,Tunis Afrique Presse|Tunisia
MENA,Middle East News Agency|Egypt
Petra,Jordan News Agency|Jordan
SANA,Syrian Arab News Agency|Syria
INA,Iraqi News Agency|Iraq
IRNA,Islamic Republic News Agency|Iran
KPL,Lao News Agency|Laos
AKP,Agence Kampuchea Presse|Cambodia
Montsame|Mongolia
BSS,Bangladesh Sangbad Sangstha|Bangladesh
RSS,Rastriya Samachar Samiti|Nepal
Ukrinform|Ukraine
BelTA|Belarus
Azertac|Azerbaijan
Armenpress|Armenia
UzA|Uzbekistan
Trend|Azerbaijan
KNA,Kenya News Agency|Kenya
SAnews|South Africa
GNA,Ghana News Agency|Ghana
APS Senegal,Agence de Presse Sénégalaise|Senegal
ANGOP,Agência Angola Press,Angola Press|Angola
Tanjug|Serbia
BTA,Bulgarian News Agency|Bulgaria
Polish Press Agency|Poland
ČTK,CTK,Czech News Agency|Czech Republic
MTI,Hungarian News Agency|Hungary
Agerpres|Romania
HINA|Croatia
Lusa|Portugal
Belga|Belgium
DPA,Deutsche Presse-Agentur|Germany
Notimex|Mexico
Télam,Telam|Argentina
WAFA|Palestine
SUNA,Sudan News Agency|Sudan
NNA,National News Agency|Lebanon
Saba,Saba News Agency|Yemen
Pajhwok|Afghanistan
Kuensel,BBS|Bhutan
New Ziana|Zimbabwe
MANA,Malawi News Agency|Malawi
AIP,Agence Ivoirienne de Presse|Ivory Coast
Khovar|Tajikistan
Thai News Agency|Thailand
`;

const OUTLETS: ReadonlyMap<string, string> = new Map(
  OUTLET_TABLE.trim()
    .split("\n")
    .flatMap((line) => {
      const [names = "", country = ""] = line.split("|");
      return names.split(",").map((n) => [n.trim().toLowerCase(), country.trim()] as const);
    }),
);

/**
 * The country of a national news agency or state outlet named as a story's source, else undefined
 * (an international wire such as Reuters or AFP has none).
 * @example outletCountry("QNA") // "Qatar"
 * @example outletCountry("Reuters") // undefined
 */
export function outletCountry(name: string): string | undefined {
  return OUTLETS.get(name.trim().replace(/^the\s+/i, "").toLowerCase());
}

/**
 * The country whose government publishes a page that names itself at its head or foot: "Ministry of
 * Foreign and European Affairs of the Veldian Republic", "Government of Orvania", "ORVANIAN
 * GOVERNMENT", "Copyright © Ministry of Foreign Affairs, Republic of Korea", "GOV.UK".
 * @example portalCountry("Government of Hungary | Ministry of Foreign Affairs and Trade | News") // "Hungary"
 */
export function portalCountry(line: string): string | undefined {
  if (/\bGOV\.UK\b/.test(line)) return "United Kingdom";
  // A head in capitals ("MINISTRY FOR FOREIGN AFFAIRS OF FINLAND", "EMBASSY OF VELDIA") reads as the same words in title case.
  const capitals = !/\p{Ll}/u.test(line);
  const titled = capitals ? line.toLowerCase().replace(/(^|[\s(/-])(\p{L})/gu, (_m, b: string, c: string) => b + c.toUpperCase()).replace(/\b(Of|The|For|And)\b/g, (w) => w.toLowerCase()) : undefined;
  return readPortal(line) ?? (titled ? readPortal(titled) : undefined);
}

function readPortal(line: string): string | undefined {
  const words = "(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,3})";
  // ("President of Veldia | Chancery of the President": the head of state's own site)
  const seat = /\b(?:Government|Ministry|Council|Parliament|Presidency|President|Embassy|High Commission)\b/u.exec(line);
  // (a head "President of Veldia | …", not a headline "Varan meets President of Veldia")
  const seats = seat?.[0] === "President" && !/[|©]/.test(line) ? null : seat;
  // "Sultanate of Oman | Ministry of Foreign Affairs": the state itself opening the page's head.
  const state = new RegExp(`^\\s*(?:Sultanate|Kingdom|Republic|State|Principality|Emirate)\\s+of\\s+(?:the\\s+)?${words}`, "u").exec(line);
  const found = [
    ...(state ? [state] : []),
    ...(seats ? [...line.slice(seats.index).matchAll(new RegExp(`\\bof\\s+(?:the\\s+)?${words}`, "gu"))] : []),
    ...line.matchAll(new RegExp(`\\bMinistry of [^|.\\n]{0,60}?,\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'-]*){0,3})`, "gu")),
    ...[new RegExp(`^${words}\\s+GOVERNMENT\\b`, "u").exec(line.trim())].filter((m) => m !== null),
    // "The Prime Minister of the Republic of Armenia", "Office of the President of Montenegro": a head's own site, the line its title alone
    ...[new RegExp(`^(?:The\\s+)?(?:Office\\s+of\\s+the\\s+)?(?:President|Prime\\s+Minister)\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?${words}$`, "u").exec(line.trim())].filter((m) => m !== null),
  ];
  for (const m of found) {
    const ws = m[1]?.split(/\s+/) ?? [];
    // "Republic of Korea", "the Slovak Republic", "Hungary": the longest leading words that name a country.
    for (let n = ws.length; n > 0; n--) {
      const name = ws.slice(0, n).join(" ");
      const country = countryOf(name) ?? countryOf(name.replace(/\s+Republic$/i, ""));
      if (country) return country;
    }
  }
  return undefined;
}
