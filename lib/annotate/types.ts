/**
 * Types shared by the annotation engine. `Token` is the public shape documented in
 * ../shared/CONTRACT.md: extend it with optional fields, never rename or remove one.
 */

/** One word from the segmenter, with its jieba part-of-speech tag (n, v, nr, ns, uj, …). */
export type Segment = { text: string; tag: string };

export type TokenKind =
  | 'word'
  | 'idiom'
  | 'person'
  | 'place'
  | 'organization'
  | 'glossary'
  | 'punctuation'
  | 'number'
  | 'latin'
  | 'space'
  | 'other';

export type CharacterGloss = { char: string; pinyin: string; gloss: string };

export type MeasureWord = { simplified: string; traditional: string; pinyin: string };

export type Token = {
  text: string;
  /** One tone-marked syllable per code point of `text`; "" for non-Han. Spoken tones (一/不 sandhi applied). */
  pinyin: string[];
  /** English senses for a person to read; empty only when `text` has no Han character. */
  definitions: string[];
  /** Dictionary (citation) tones, when they differ from the spoken `pinyin` (一, 不). */
  citationPinyin?: string[];
  traditional?: string;
  kind?: TokenKind;
  characters?: CharacterGloss[];
  measureWords?: MeasureWord[];
  hsk?: number;
  /** Relative frequency rank, 1 = most common, where known. */
  frequency?: number;
  note?: string;
};

/** An editorial glossary entry from an article's content file. */
export type GlossaryEntry = {
  word: string;
  /** Tone-marked syllables, one per Han character, space separated. */
  pinyin: string;
  en: string;
  note?: string;
  kind?: string;
};

/** A reviewed reading for a word in one article, applied where the engine cannot decide by rule. */
export type PinyinOverride = { word: string; pinyin: string };

export type AnnotateOptions = {
  glossary?: readonly GlossaryEntry[];
  overrides?: readonly PinyinOverride[];
  /**
   * People the rest of the text names (an article annotated sentence by sentence): kept whole and
   * read as people here too, as 赵永发 named after his title in one sentence and bare in the next.
   */
  names?: readonly string[];
  /**
   * Places the rest of the text names with their suffix (抚松县, 万良镇): where this part names
   * them without it (抚松人参), they are read as those places.
   */
  places?: readonly string[];
};
