/**
 * What the reader's client leaves receive: the article's own words and sentences, compact and
 * serializable. Built on the server (lib/reader/prepare.ts) from annotated blocks; the browser
 * never sees the dictionary.
 */
import type { CharacterGloss, MeasureWord, TokenKind } from '@/lib/annotate/types';
import type { BlockType } from '@/lib/content/types';

/** Everything the word sheet shows about one word as read in this text. */
export type WordDetail = {
  text: string;
  traditional?: string;
  /** Spoken tones, one per code point ("" for non-Han). */
  pinyin: string[];
  /** Dictionary tones where they differ (一, 不). */
  citationPinyin?: string[];
  definitions: string[];
  characters?: CharacterGloss[];
  measureWords?: MeasureWord[];
  hsk?: number;
  frequency?: number;
  note?: string;
  kind?: TokenKind;
};

/** One sentence, addressable by id ("p12-s2": paragraph/block 12, sentence 2). */
export type ReaderSentence = { id: string; zh: string; en: string };

/** Where a reading comes from: a shipped article or the learner's own text. */
export type ReadingSource =
  | { kind: 'article'; slug: string; title: string }
  | { kind: 'own'; id: string; title: string };

/** One tappable token as rendered: index into the details table plus its sentence. */
export type ReaderToken = { text: string; detail: number | null; sentence: string };

export type ReaderBlock = {
  id: string;
  type: BlockType;
  sentences: { id: string; zh: string; en: string; tokens: ReaderToken[] }[];
};

/** The whole text prepared for the reader components (shipped article or own text alike). */
export type ReaderDocument = {
  source: ReadingSource;
  blocks: ReaderBlock[];
  /** Unique words of the text, by (text, pinyin); tokens point into this table. */
  details: WordDetail[];
};
