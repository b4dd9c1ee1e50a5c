/**
 * @module The one wink-nlp instance (English lite web model), built once per process or isolate
 * and shared by the extractor (build time) and the QA core (run time).
 */
import winkNLP from "wink-nlp";
import { englishModel } from "./wink-model";

/**
 * What wink-nlp computes for each text: sentences, parts of speech (and so lemmas), entities
 * (dates, numbers), custom entities. Not its negation flags or sentiment, which nothing reads:
 * each text is read a fifth faster without them.
 */
const PIPE = ["sbd", "pos", "ner", "cer"];

/** The wink-nlp instance. Custom entities are learnt by the modules that need them. */
export const nlp = winkNLP(englishModel, PIPE);

/** wink-nlp's item helpers (`its.value`, `its.pos`, `its.lemma`, …). */
export const its = nlp.its;

/** wink-nlp's collection helpers (`as.array`, `as.freqTable`, …). */
export const as = nlp.as;
