/**
 * The vocabulary's full records, validated one by one with the zod schema on the way out: a
 * damaged record is skipped and counted, never allowed to hide the others. Loaded only where
 * whole records are used (the vocabulary list, review, export); see saved-word.ts for the rest.
 */
import { readRecords, STORE, write } from './db';
import { review as reviewCard } from './schedule';
import { vocabularyEntrySchema } from './schema';
import type { Grade, VocabularyEntry, WriteResult } from './types';

export { CHANNEL_NAME, clearAll, deleteEntry, errorKind, putEntry, putMany } from './db';

export type ReadResult = { entries: VocabularyEntry[]; skipped: number };

/** The records that pass the schema, and how many did not. */
export function validRecords(records: readonly unknown[]): ReadResult {
  const entries: VocabularyEntry[] = [];
  let skipped = 0;
  for (const record of records) {
    const parsed = vocabularyEntrySchema.safeParse(record);
    if (parsed.success) entries.push(parsed.data);
    else skipped += 1;
  }
  return { entries, skipped };
}

export async function readAll(): Promise<ReadResult> {
  return validRecords(await readRecords());
}

/** Changes one field of one record inside a single transaction: read, check, write. */
function update(id: string, change: (entry: VocabularyEntry) => VocabularyEntry): Promise<WriteResult> {
  return write(async (d) => {
    const tx = d.transaction(STORE, 'readwrite');
    const current = vocabularyEntrySchema.safeParse(await tx.store.get(id));
    if (current.success) await tx.store.put(change(current.data));
    await tx.done;
  });
}

export const setKnown = (id: string, known: boolean) => update(id, (e) => ({ ...e, known }));

export const gradeEntry = (id: string, grade: Grade, now: Date = new Date()) =>
  update(id, (e) => ({ ...e, card: reviewCard(e.card, grade, now) }));
