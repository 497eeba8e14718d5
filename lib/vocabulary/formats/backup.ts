/** The versioned JSON backup: every saved word with its date, known flag and FSRS card, unchanged. */
import { backupSchema } from '../schema';
import type { VocabularyBackup, VocabularyEntry } from '../types';

export function toBackup(entries: readonly VocabularyEntry[], now: Date = new Date()): string {
  const backup: VocabularyBackup = { format: 'dubao-vocabulary', version: 1, exportedAt: now.toISOString(), words: [...entries] };
  return JSON.stringify(backup, null, 2) + '\n';
}

/** Whether the text claims to be our backup at all (so a damaged one is "damaged", not "not ours"). */
export function looksLikeBackup(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'format' in value && value.format === 'dubao-vocabulary';
}

export function parseBackup(value: unknown) {
  return backupSchema.safeParse(value);
}
