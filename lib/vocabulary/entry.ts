import { newCard } from './schedule';
import type { SaveWordInput, SortKey, VocabularyEntry } from './types';
import { toNumbered } from './pinyin';
import { entryId } from './saved-word';

export { entryId, saveInputFromReader } from './saved-word';

export function makeEntry(input: SaveWordInput, now: Date = new Date()): VocabularyEntry {
  return { ...input, id: entryId(input), savedAt: now.toISOString(), known: false, card: newCard(now) };
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
