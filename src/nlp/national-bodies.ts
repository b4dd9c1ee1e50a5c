/**
 * @module The bodies of one state the news names by their own name, not by the state's: parliaments ("the Verkhovna
 * Rada", "the Knesset"), foreign ministries and seats of government ("the State Department", "the Kremlin", "MEA").
 * General knowledge, as the country table is: one who holds a post in such a body serves its state ("the speaker of the
 * Verkhovna Rada, X", "a committee chair of the Knesset, Y", "State Department spokesman
 * Z"). Only names that mean one state: no "Majlis", "Diet", "Congress" or "State House", which several states use, nor
 * "the Foreign Office" (Pakistan's press calls its ministry so, Germany's is the Federal Foreign Office) or "the House of
 * Commons" (Canada's too). The bodies of a union of states (`unionOfBody`: "the European Commission", "the UN") are the
 * union's, which stands as the side of those who serve in them.
 */
import { countryOf } from "./countries";
import { escapeRegExp, fold } from "./fold";

/** One line a state: `Country|body; body; …`. A name in capitals (an acronym) matches as written, any other folded. */
const BODIES = `
United States|State Department; Department of State; White House; Pentagon; Capitol Hill
Russia|Kremlin; State Duma; Federation Council of Russia
Ukraine|Verkhovna Rada
Israel|Knesset
Kyrgyzstan|Jogorku Kenesh
Kazakhstan|Mazhilis; Majilis
Uzbekistan|Oliy Majlis
Azerbaijan|Milli Majlis
Tajikistan|Majlisi Oli; Majlisi Namoyandagon
Turkmenistan|Mejlis
Turkey|Grand National Assembly of Turkey; Grand National Assembly of Türkiye; TBMM
Germany|Bundestag
Poland|Sejm
Norway|Storting; Stortinget
Sweden|Riksdag
Denmark|Folketing
Finland|Eduskunta
Iceland|Althing; Alþingi
Ireland|Dáil; Dáil Éireann; Oireachtas; Seanad Éireann
Latvia|Saeima
Lithuania|Seimas
Estonia|Riigikogu
Croatia|Sabor
India|Lok Sabha; Rajya Sabha; Ministry of External Affairs; MEA
Bangladesh|Jatiya Sangsad
Mongolia|State Great Khural
Malaysia|Dewan Rakyat; Dewan Negara; Wisma Putra
China|National People's Congress; Zhongnanhai; CPPCC
North Korea|Supreme People's Assembly
Japan|National Diet
France|Élysée; Elysee Palace; Quai d'Orsay; Matignon
United Kingdom|Downing Street; FCDO; Foreign, Commonwealth and Development Office; House of Lords
Philippines|Malacañang
Brazil|Itamaraty; Planalto
South Africa|Dirco; Department of International Relations and Cooperation; Department of International Relations and Co-operation
South Korea|Cheong Wa Dae
Iran|Islamic Consultative Assembly
Spain|Moncloa; Cortes Generales
Italy|Farnesina; Palazzo Chigi; Quirinale
Argentina|Casa Rosada
Chile|La Moneda
`;

/**
 * Unions of states whose own officials serve the union, not a member: "the President of the European Commission",
 * "the EU's foreign policy chief", "Under-Secretary-General of the United Nations". The union stands as their side.
 * One posted "to" a union ("Ambassador to the EU") serves a member state, so a name after "to" is no such body.
 */
const UNIONS = `
European Union|European Union; EU; European Commission; European Council; European Parliament; European External Action Service; EEAS
United Nations|United Nations; UN; U.N.
African Union|African Union; AU; African Union Commission
NATO|NATO; North Atlantic Treaty Organization
`;

/** A body's name as a pattern: an acronym ("MEA") as written, any other name folded. */
interface Body {
  pattern: RegExp;
  acronym: boolean;
  country: string;
}

const bodies = (table: string): Body[] => table.trim()
  .split("\n")
  .flatMap((line) => {
    const [name = "", list = ""] = line.split("|");
    const country = countryOf(name) ?? name;
    return list.split(";").map((b) => b.trim()).filter(Boolean).map((b) => {
      const acronym = b === b.toUpperCase();
      return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym ? b : fold(b))}(?![\\p{L}\\p{N}])`, "u"), acronym, country };
    });
  });

const TABLE = bodies(BODIES);
/** A union's name not right after "to": "Envoy to the EU" serves a member; "Head of the EU Delegation to Tarsk" serves the union. */
const UNION_TABLE = bodies(UNIONS).map((b) => ({ ...b, pattern: new RegExp(`(?<!\\bto\\s+(?:the\\s+)?)${b.pattern.source}`, "u") }));

/**
 * The state whose body a text names, when it names bodies of one state only.
 * @example countryOfBody("Speaker of the Verkhovna Rada") // "Ukraine"
 * @example countryOfBody("Spokesperson of MEA") // "India"
 * @example countryOfBody("Speaker of the Senate") // undefined
 */
export function countryOfBody(text: string): string | undefined {
  const folded = fold(text);
  const found = new Set(TABLE.filter((b) => b.pattern.test(b.acronym ? text : folded)).map((b) => b.country));
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The union of states whose body a text names, when it names one union's only and not as where an envoy is posted.
 * @example unionOfBody("President of the European Commission") // "European Union"
 * @example unionOfBody("Ambassador to the EU") // undefined
 */
export function unionOfBody(text: string): string | undefined {
  const folded = fold(text);
  const found = new Set(UNION_TABLE.filter((b) => b.pattern.test(b.acronym ? text : folded)).map((b) => b.country));
  return found.size === 1 ? [...found][0] : undefined;
}

/** A prime minister's bare posts. */
const PREMIERS = /^(?:Prime Minister|Premier|Deputy Prime Minister)$/;

/**
 * States whose government no prime minister heads (a president does), with the year since when (0: not in this century's
 * news): general knowledge, as the bodies above. "WASHINGTON — … Prime Minister X" (exchange61 x835), "ANKARA — … Prime
 * Minister Y" in 2022 (exchange62 x881) name another country's head of government, never the host's.
 */
const NO_PRIME_MINISTER_SINCE: Readonly<Record<string, number>> = {
  "United States": 0, Turkey: 2018, Brazil: 0, Mexico: 0, Argentina: 0, Chile: 0, Colombia: 0, Ecuador: 0, Bolivia: 0, Paraguay: 0,
  Uruguay: 0, Venezuela: 0, "Costa Rica": 0, Panama: 0, Guatemala: 0, Honduras: 0, "El Salvador": 0, Nicaragua: 0,
  "Dominican Republic": 0, Indonesia: 0, Philippines: 0, Iran: 0, Nigeria: 0, Kenya: 2013, Ghana: 0, "South Africa": 0, Angola: 2010,
  Zimbabwe: 2013, Zambia: 0, Malawi: 0, Botswana: 0, Liberia: 0, Cyprus: 0, Switzerland: 0, Turkmenistan: 0, Maldives: 0,
};

/**
 * Whether a state had no such post in the article's year (any recent year when it gives none), so that no one holding it
 * is that state's official.
 * @example lacksPost("Turkey", "Prime Minister", 2022) // true
 * @example lacksPost("Turkey", "Prime Minister", 2016) // false
 */
export function lacksPost(country: string, post: string, year?: number): boolean {
  const since = NO_PRIME_MINISTER_SINCE[country];
  return since !== undefined && PREMIERS.test(post) && (year === undefined || year >= since);
}
