/**
 * Reading a file back into the vocabulary. Everything is parsed and validated (zod) before the
 * store is touched, so a file that is not ours, or is damaged, changes nothing.
 *
 * What "exactly" means per format (see README.md; tested in formats.test.ts and tests/vocabulary.spec.ts):
 * - JSON backup: every field of every entry, including the save date, the known flag and the FSRS
 *   card, is restored unchanged and replaces the entry with the same id.
 * - CSV: the word as saved (characters, pinyin per character, every sense, sentence, translation,
 *   source and paragraph, HSK level), the known flag and the save date. It has no review history,
 *   so a restored word starts as a new card, due now.
 * - Anki: the word as saved except the HSK level, which has no Anki column; no known flag, date
 *   or review history (a restored word is unknown, saved now, due now).
 * CSV and Anki imports only add words that are not saved yet: they never reset a word's progress.
 * - Pleco: export only; Pleco files carry too little (no sentence or source) to restore from.
 */
import { makeEntry } from '../entry';
import { saveWordInputSchema, vocabularyEntrySchema } from '../schema';
import type { ImportResult, VocabularyEntry } from '../types';
import { isAnkiExport, parseAnki } from './anki';
import { looksLikeBackup, parseBackup } from './backup';
import { isCsvExport, parseCsv } from './csv';

export { toAnki } from './anki';
export { toBackup } from './backup';
export { toCsv } from './csv';
export { toPleco } from './pleco';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function damaged(error: unknown): ImportResult {
  return { ok: false, reason: 'damaged', detail: error instanceof Error ? error.message : undefined };
}

export function readVocabularyFile(text: string, now: Date = new Date()): ImportResult {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) {
    const json = parseJson(trimmed);
    if (!looksLikeBackup(json)) return { ok: false, reason: json === undefined && trimmed.includes('dubao-vocabulary') ? 'damaged' : 'not-ours' };
    const backup = parseBackup(json);
    if (!backup.success) return damaged(new Error(backup.error.issues[0]?.path.join('.') ?? ''));
    return { ok: true, kind: 'backup', entries: backup.data.words };
  }
  try {
    if (isAnkiExport(trimmed)) {
      const entries = parseAnki(trimmed).map((w) => makeEntry(saveWordInputSchema.parse(w), now));
      return { ok: true, kind: 'anki', entries };
    }
    if (isCsvExport(trimmed)) {
      const entries: VocabularyEntry[] = parseCsv(trimmed).map(({ known, savedAt, ...word }) =>
        vocabularyEntrySchema.parse({ ...makeEntry(saveWordInputSchema.parse(word), now), known, savedAt }),
      );
      return { ok: true, kind: 'csv', entries };
    }
  } catch (error) {
    return damaged(error);
  }
  return { ok: false, reason: 'not-ours' };
}
