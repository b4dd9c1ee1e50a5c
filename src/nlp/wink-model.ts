/**
 * @module wink's English lite web model, its core read without a deep copy: the package's own
 * reader copies its 3 MB JSON through `JSON.parse(JSON.stringify(…))` before building its tables,
 * a third of an isolate's start-up. Here each instance gets fresh containers for what wink-nlp
 * changes (the feature lists and their hashes, the lexicon arrays) and shares the rest, read only.
 * The model is assembled from the package's parts that the pipe uses: its sentiment and negation
 * machines (a 400 KB JSON that every isolate would evaluate and parse) are never loaded.
 */
import type model from "wink-eng-lite-web-model";
import coreJson from "wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json";
import loadSbdModel from "wink-eng-lite-web-model/dist/load-sbd-model.js";
import loadPosModel from "wink-eng-lite-web-model/dist/load-pos-model.js";
import loadNerModel from "wink-eng-lite-web-model/dist/load-ner-model.js";
import loadCerMetaModel from "wink-eng-lite-web-model/dist/load-cer-meta-model.js";
import featureFn from "wink-eng-lite-web-model/dist/feature.js";
import stem from "wink-eng-lite-web-model/dist/porter-stemmer.js";
import lemmatize from "wink-eng-lite-web-model/dist/lemmatize.js";
import readabilityStats from "wink-eng-lite-web-model/dist/readability-stats.js";

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

/** Each base64 digit's value, by its character code. */
const BASE64_DIGITS = (() => {
  const digits = new Uint8Array(128);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < alphabet.length; i++) digits[alphabet.charCodeAt(i)] = i;
  return digits;
})();

/**
 * The bytes of a base64 text, decoded in one pass (`atob` and a copy of its binary string took
 * three times as long for the 1.9 MB lexicon).
 */
function bytesOfBase64(text: string): ArrayBuffer {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end--; // "=" padding
  const bytes = new Uint8Array((end * 3) >> 2);
  const digit = (i: number): number => BASE64_DIGITS[text.charCodeAt(i)]!;
  let j = 0;
  let i = 0;
  for (; i + 4 <= end; i += 4) {
    const n = (digit(i) << 18) | (digit(i + 1) << 12) | (digit(i + 2) << 6) | digit(i + 3);
    bytes[j++] = n >> 16;
    bytes[j++] = (n >> 8) & 255;
    bytes[j++] = n & 255;
  }
  if (end - i >= 2) {
    const n = (digit(i) << 18) | (digit(i + 1) << 12) | (end - i === 3 ? digit(i + 2) << 6 : 0);
    bytes[j++] = n >> 16;
    if (end - i === 3) bytes[j++] = (n >> 8) & 255;
  }
  return bytes.buffer;
}

/** Positions by value of a list (a prototype-free object, as wink-nlp's cache expects). */
function hashOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}

/** FNV-1a of a string's UTF-16 code units. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Positions by value of a long list of distinct values (the lexicon's 87 000 words), read and
 * written as wink-nlp reads and writes its hashes (`hash[word]`, `hash[word] = position`): an
 * open-addressing table of the list's positions built in a few milliseconds, where an object of
 * 87 000 keys took a third of an isolate's start-up; values added later go to a Map. Each look-up
 * costs more than an object's (a text is read about a twelfth slower), so it serves a Worker's
 * start-up, not a build that reads thousands of articles.
 */
function tableOf(list: readonly string[]): Record<string, number> {
  const values = list.slice();
  let size = 1;
  while (size < values.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  for (let k = 0; k < values.length; k++) {
    let i = hashString(values[k]!) & mask;
    while (slots[i] !== -1) i = (i + 1) & mask;
    slots[i] = k;
  }
  const added = new Map<string, number>();
  const find = (key: string): number | undefined => {
    for (let i = hashString(key) & mask, k = slots[i]!; k !== -1; i = (i + 1) & mask, k = slots[i]!) if (values[k] === key) return k;
    return added.get(key);
  };
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === "string" ? find(key) : undefined),
    has: (_, key) => typeof key === "string" && find(key) !== undefined,
    set: (_, key, position: number) => {
      if (typeof key !== "string") return false;
      added.set(key, position);
      return true;
    },
  });
}

/** How the lexicon's positions by word are held: a table quick to build (a Worker's start-up) or an object quick to read (a build in Node). */
export type LexiconHash = "table" | "object";

/** A Worker isolate starts often and reads a question or two; a Node process (the build, the CLI, the tests) reads thousands of texts. */
const IN_WORKER = typeof navigator !== "undefined" && navigator.userAgent === "Cloudflare-Workers";

/**
 * The core model as the package's `core()` returns it (its `read-core-model.js` and
 * `load-core-model.js`), built without copying the JSON: the JSON module is never changed, so
 * every call gives an instance of its own. The lexicon's hash is a table in a Worker, an object
 * elsewhere (see {@link LexiconHash}).
 * @example const core = readCoreModel(); core.features.lexeme.hash["meet"] // a number
 */
export function readCoreModel(json: CoreJson = coreJson as unknown as CoreJson, lexiconHash: LexiconHash = IN_WORKER ? "table" : "object"): CoreJson {
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
  lexeme.hash = lexiconHash === "table" ? tableOf(lexeme.list) : hashOf(lexeme.list);
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

/** An automaton that recognises nothing (wink-nlp's `emptyModelJSON`). */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/**
 * A part of the model left out: wink-nlp loads every part whatever its pipe, so it gets a machine
 * that recognises nothing, and a pipe that asks for it fails on the first text rather than read it
 * without.
 */
function leftOut(annotation: string): () => { machines: string[]; setter: () => never } {
  return () => ({
    machines: [EMPTY_MACHINE],
    setter: () => {
      throw new Error(`wink-model: "${annotation}" is not loaded; src/nlp/wink-model.ts leaves it out`);
    },
  });
}

/**
 * The English lite web model with {@link readCoreModel} as its core, the package's sentence,
 * part-of-speech, entity and custom-entity parts and add-ons, and no sentiment or negation.
 * @example winkNLP(englishModel, ["sbd", "pos"])
 */
export const englishModel: typeof model = Object.assign(Object.create(null) as typeof model, {
  core: () => readCoreModel(),
  sbd: loadSbdModel,
  pos: loadPosModel,
  ner: loadNerModel,
  negation: leftOut("negation"),
  sa: leftOut("sentiment"),
  metaCER: loadCerMetaModel,
  featureFn,
  addons: Object.assign(Object.create(null) as typeof model.addons, { stem, lemmatize, readabilityStats, wordVectors: undefined }),
});
