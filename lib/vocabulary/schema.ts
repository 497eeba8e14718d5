/**
 * zod schemas for everything that enters the vocabulary from outside the running code: records
 * read back from IndexedDB (another version of the app, or a damaged disk, may have written them)
 * and imported files. Each schema is checked against its type in types.ts.
 */
import { z } from 'zod';
import type { ReadingSource } from '@/lib/reader/types';
import type { SaveWordInput, StoredCard, VocabularyBackup, VocabularyEntry } from './types';

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');
const text = z.string().max(5_000);

export const readingSourceSchema = z.union([
  z.object({ kind: z.literal('article'), slug: z.string().min(1).max(200), title: text }),
  z.object({ kind: z.literal('own'), id: z.string().min(1).max(200), title: text }),
]) satisfies z.ZodType<ReadingSource>;

export const saveWordInputSchema = z.object({
  simplified: z.string().min(1).max(100),
  traditional: z.string().max(100),
  pinyin: z.array(z.string().max(20)).max(100),
  definitions: z.array(text).max(100),
  sentence: z.object({ zh: text, en: text }),
  source: readingSourceSchema,
  paragraphId: z.string().max(100),
  hsk: z.number().int().min(1).max(9).optional(),
}) satisfies z.ZodType<SaveWordInput>;

export const storedCardSchema = z.object({
  due: isoDate,
  stability: z.number().finite(),
  difficulty: z.number().finite(),
  elapsedDays: z.number().finite(),
  scheduledDays: z.number().finite(),
  learningSteps: z.number().finite(),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: isoDate.optional(),
}) satisfies z.ZodType<StoredCard>;

export const vocabularyEntrySchema = saveWordInputSchema.extend({
  id: z.string().min(1).max(300),
  savedAt: isoDate,
  known: z.boolean(),
  card: storedCardSchema,
}) satisfies z.ZodType<VocabularyEntry>;

export const backupSchema = z.object({
  format: z.literal('dubao-vocabulary'),
  version: z.literal(1),
  exportedAt: isoDate,
  words: z.array(vocabularyEntrySchema).max(100_000),
}) satisfies z.ZodType<VocabularyBackup>;
