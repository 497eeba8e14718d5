import type { ReaderSentence, ReadingSource, WordDetail } from '@/lib/reader/types';
import { newCard } from './schedule';
import type { SaveWordInput, SortKey, VocabularyEntry } from './types';
import { toNumbered } from './pinyin';

/** The same characters read differently are different words (行 háng / xíng). */
export function entryId(word: Pick<SaveWordInput, 'simplified' | 'pinyin'>): string {
  return `${word.simplified}|${word.pinyin.join(' ')}`;
}

export function makeEntry(input: SaveWordInput, now: Date = new Date()): VocabularyEntry {
  return { ...input, id: entryId(input), savedAt: now.toISOString(), known: false, card: newCard(now) };
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

/** Just the word as saved, without date, flag or schedule: what every export format carries. */
export function toSaveWordInput(entry: VocabularyEntry): SaveWordInput {
  const { simplified, traditional, pinyin, definitions, sentence, source, paragraphId, hsk } = entry;
  return { simplified, traditional, pinyin, definitions, sentence, source, paragraphId, ...(hsk === undefined ? {} : { hsk }) };
}

const paragraphNumber = (id: string) => Number(/\d+/.exec(id)?.[0] ?? Number.MAX_SAFE_INTEGER);

const COMPARE: Record<SortKey, (a: VocabularyEntry, b: VocabularyEntry) => number> = {
  newest: (a, b) => b.savedAt.localeCompare(a.savedAt),
  article: (a, b) =>
    a.source.title.localeCompare(b.source.title, 'zh') ||
    paragraphNumber(a.paragraphId) - paragraphNumber(b.paragraphId) ||
    a.sentence.zh.indexOf(a.simplified) - b.sentence.zh.indexOf(b.simplified),
  hsk: (a, b) => (a.hsk ?? 99) - (b.hsk ?? 99),
  pinyin: (a, b) => toNumbered(a.pinyin, '').localeCompare(toNumbered(b.pinyin, ''), 'en'),
};

/** A sorted copy; ties fall back to newest first so the order is stable across reloads. */
export function sortEntries(entries: readonly VocabularyEntry[], key: SortKey): VocabularyEntry[] {
  return [...entries].sort((a, b) => COMPARE[key](a, b) || COMPARE.newest(a, b) || a.id.localeCompare(b.id));
}
