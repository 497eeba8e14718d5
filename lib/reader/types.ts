/**
 * What the reader's client components receive: the text's own words and sentences, compact and
 * serializable. Built on the server (lib/reader/prepare.ts) from annotated blocks; the browser
 * never sees the dictionary. The text itself needs only `words` (characters and pinyin); the
 * senses, notes and character breakdowns (`WordDetail`) of a shipped article are fetched the
 * first time the learner reaches for a word, so reading alone downloads little.
 */
import type { CharacterGloss, MeasureWord, TokenKind } from '@/lib/annotate/types';
import type { BlockType } from '@/lib/content/types';

/** A word as printed: enough to render it with pinyin above, in either script. */
export type ReaderWord = {
  text: string;
  /** Spoken tones, one per code point ("" for non-Han). */
  pinyin: string[];
  /** Dictionary tones where they differ (一, 不). */
  citationPinyin?: string[];
  traditional?: string;
};

/** Everything the word sheet shows about one word as read in this text. */
export type WordDetail = ReaderWord & {
  definitions: string[];
  characters?: CharacterGloss[];
  measureWords?: MeasureWord[];
  hsk?: number;
  frequency?: number;
  note?: string;
  kind?: TokenKind;
};

/** One sentence, addressable by id ("p12-s2": block 12, sentence 2). */
export type ReaderSentence = { id: string; zh: string; en: string };

/** Where a reading comes from: a shipped article or the learner's own text. */
export type ReadingSource =
  | { kind: 'article'; slug: string; title: string }
  | { kind: 'own'; id: string; title: string };

/** A token: an index into `words` for a word, or the text itself (punctuation, digits, Latin). */
export type ReaderToken = number | string;

export type ReaderBlock = {
  id: string;
  type: BlockType;
  sentences: { id: string; en: string; tokens: ReaderToken[] }[];
};

/** The whole text prepared for the reader (shipped article or own text alike). */
export type ReaderDocument = {
  source: ReadingSource;
  blocks: ReaderBlock[];
  words: ReaderWord[];
  /** Details in the order of `words`, when they come with the text (own texts). */
  details?: WordDetail[];
  /** Where to fetch `{ details }` when they do not come with the text (shipped articles). */
  detailsUrl?: string;
};
