/**
 * @module wink's English lite web model, its core read without a deep copy: the package's own
 * reader copies its 3 MB JSON through `JSON.parse(JSON.stringify(…))` before building its tables,
 * a third of an isolate's start-up. Here each instance gets fresh containers for what wink-nlp
 * changes (the feature lists and their hashes, the lexicon arrays) and shares the rest, read only.
 */
import model from "wink-eng-lite-web-model";
import coreJson from "wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json";

/** A feature of the core model: its values, and (once read) their positions by value. */
interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** The parts of the core model's JSON that reading it touches (version 1.8.1 of the package). */
interface CoreJson {
  packing: { layout: Record<string, number[]>; [key: string]: unknown };
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string;
  xpansions: string;
  [key: string]: unknown;
}

/** The bytes of a base64 text. */
function bytesOfBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** Positions by value of a list (a prototype-free object, as wink-nlp's cache expects). */
function hashOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}

/**
 * The core model as the package's `core()` returns it (its `read-core-model.js` and
 * `load-core-model.js`), built without copying the JSON: the JSON module is never changed, so
 * every call gives an instance of its own.
 * @example const core = readCoreModel(); core.features.lexeme.hash["meet"] // a number
 */
export function readCoreModel(json: CoreJson = coreJson as unknown as CoreJson): CoreJson {
  const layout = json.packing.layout;
  const features: Record<string, Feature> = Object.create(null) as Record<string, Feature>;
  for (const name of Object.keys(json.features)) features[name] = { ...json.features[name]!, list: json.features[name]!.list.slice() };
  const efList: string[] = [];
  for (const name in layout) {
    const [, mask = 0, shift = 0, stored, extra] = layout[name]!;
    if (stored === 0) {
      const feature = features[name]!;
      feature.hash = hashOf(feature.list);
      feature.intrinsicSize = feature.index = feature.list.length;
      feature.maxIndex = mask >>> shift;
    }
    if (extra === 1) efList.push(name);
  }
  const lexeme = features.lexeme!;
  lexeme.hash = hashOf(lexeme.list);
  lexeme.intrinsicSize = lexeme.index = lexeme.list.length;
  const pos = json.pos;
  const clusters = features.posClusters!;
  clusters.list = clusters.list.map((cluster) => new Set(cluster.split("_").map((tag) => pos.hash[tag] || 0))) as unknown as string[];
  return {
    ...json,
    packing: { ...json.packing, efList },
    features,
    lexicon: new Uint32Array(bytesOfBase64(json.lexicon)) as unknown as string,
    xpansions: new Uint32Array(bytesOfBase64(json.xpansions)) as unknown as string,
  };
}

/**
 * The English lite web model with {@link readCoreModel} as its core; its other parts the package's.
 * @example winkNLP(englishModel, ["sbd", "pos"])
 */
export const englishModel: typeof model = Object.assign(Object.create(null) as typeof model, model, { core: readCoreModel });
