/**
 * The vocabulary domain: words a learner saved from a reading, with their review schedule.
 * Everything here is plain data (strings, numbers, arrays) so it can live in IndexedDB, travel
 * through BroadcastChannel and round-trip through a JSON backup unchanged.
 */
import type { ReadingSource } from '@/lib/reader/types';

/** What the word sheet hands to the Save button: one word as read in one sentence. */
export type SaveWordInput = {
  simplified: string;
  traditional: string;
  /** As read in context, tone marks, one per code point ("" for non-Han). */
  pinyin: string[];
  definitions: string[];
  sentence: { zh: string; en: string };
  source: ReadingSource;
  /** DOM id of the paragraph ("p12"): the link back is /{locale}/read/{slug}#p12 for articles. */
  paragraphId: string;
  hsk?: number;
};

/** FSRS states, as ts-fsrs numbers them. */
export type CardState = 0 | 1 | 2 | 3;

/** A ts-fsrs card with its dates as ISO strings, so that it survives JSON and structured clone alike. */
export type StoredCard = {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview?: string;
};

/** One saved word. `id` is the word plus its reading, so 行 háng and 行 xíng are two entries. */
export type VocabularyEntry = SaveWordInput & {
  id: string;
  /** ISO date-time the word was saved. */
  savedAt: string;
  known: boolean;
  card: StoredCard;
};

export type Grade = 'again' | 'hard' | 'good' | 'easy';

export const GRADES: readonly Grade[] = ['again', 'hard', 'good', 'easy'];

/** Why a write failed, in terms the UI can explain. */
export type StoreErrorKind = 'quota' | 'unavailable' | 'failed';

export type WriteResult = { ok: true } | { ok: false; error: StoreErrorKind };

export type SortKey = 'newest' | 'article' | 'hsk' | 'pinyin';

export const SORT_KEYS: readonly SortKey[] = ['newest', 'article', 'hsk', 'pinyin'];

/** The versioned JSON backup. */
export type VocabularyBackup = {
  format: 'dubao-vocabulary';
  version: 1;
  exportedAt: string;
  words: VocabularyEntry[];
};

/** What an imported file turned out to be, after validation. */
export type ImportResult =
  | { ok: true; kind: 'backup' | 'anki' | 'csv'; entries: VocabularyEntry[] }
  | { ok: false; reason: 'not-ours' | 'damaged'; detail?: string };
