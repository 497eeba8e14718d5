/**
 * What every page needs to know about the saved words: which ones are saved (the Save button, the
 * underline in the text), which are known (pinyin over unknown words only) and when each is due
 * (the badge in the header). The reader and the header load only this module, not the full
 * record schema (zod) or the scheduler (ts-fsrs), which together would add ~33 kB to every page.
 * The check below reads just these four fields and only for display; anything that acts on a
 * record (review, export, editing) goes through the zod schema in schema.ts first.
 */
import type { ReaderSentence, ReadingSource, WordDetail } from '@/lib/reader/types';
import type { SaveWordInput, VocabularyEntry } from './types';

export type SavedWord = Pick<VocabularyEntry, 'id' | 'simplified' | 'known'> & { due: string };

/** The same characters read differently are different words (行 háng / xíng). */
export function entryId(word: Pick<SaveWordInput, 'simplified' | 'pinyin'>): string {
  return `${word.simplified}|${word.pinyin.join(' ')}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The four fields of a stored record, or null when the record does not have them right. */
export function toSavedWord(record: unknown): SavedWord | null {
  if (!isObject(record) || !isObject(record.card)) return null;
  const { id, simplified, known } = record;
  const { due } = record.card;
  if (typeof id !== 'string' || typeof simplified !== 'string' || typeof known !== 'boolean') return null;
  if (typeof due !== 'string' || Number.isNaN(Date.parse(due))) return null;
  return { id, simplified, known, due };
}

export const savedWordOf = (entry: VocabularyEntry): SavedWord => ({
  id: entry.id,
  simplified: entry.simplified,
  known: entry.known,
  due: entry.card.due,
});

/** The one rule for "due": its date has come. */
export function isDueAt(due: string, now: number): boolean {
  return Date.parse(due) <= now;
}

export function countDue(words: readonly Pick<SavedWord, 'due'>[], now: number): number {
  return words.filter((w) => isDueAt(w.due, now)).length;
}

/**
 * What the word sheet passes to <SaveWordButton>: the word as read, its sentence and where it
 * is. Sentence ids are "p12-s2", so the paragraph to link back to is "p12".
 */
export function saveInputFromReader(detail: WordDetail, sentence: ReaderSentence, source: ReadingSource): SaveWordInput {
  return {
    simplified: detail.text,
    traditional: detail.traditional ?? detail.text,
    pinyin: detail.pinyin,
    definitions: detail.definitions,
    sentence: { zh: sentence.zh, en: sentence.en },
    source,
    paragraphId: sentence.id.split('-')[0] ?? sentence.id,
    ...(detail.hsk === undefined ? {} : { hsk: detail.hsk }),
  };
}
