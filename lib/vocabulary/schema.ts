/**
 * zod schemas for everything that enters the vocabulary from outside the running code: records
 * read back from IndexedDB (another version of the app, or a damaged disk, may have written them)
 * and imported files. Each schema is checked against its type in types.ts. This runs in the
 * browser on every reader page (the word sheet's Save button), so it uses `zod/mini`, the
 * tree-shakable build: the full `zod` would add about 30 kB to each page.
 */
import { z } from 'zod/mini';
import type { ReadingSource } from '@/lib/reader/types';
import type { SaveWordInput, StoredCard, VocabularyBackup, VocabularyEntry } from './types';

const isoDate = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'));
const text = z.string().check(z.maxLength(5_000));
const id = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const count = z.int().check(z.gte(0));

export const readingSourceSchema = z.union([
  z.object({ kind: z.literal('article'), slug: id(200), title: text }),
  z.object({ kind: z.literal('own'), id: id(200), title: text }),
]) satisfies z.ZodMiniType<ReadingSource>;

export const saveWordInputSchema = z.object({
  simplified: id(100),
  traditional: z.string().check(z.maxLength(100)),
  pinyin: z.array(z.string().check(z.maxLength(20))).check(z.maxLength(100)),
  definitions: z.array(text).check(z.maxLength(100)),
  sentence: z.object({ zh: text, en: text }),
  source: readingSourceSchema,
  paragraphId: z.string().check(z.maxLength(100)),
  hsk: z.optional(z.int().check(z.gte(1), z.lte(9))),
}) satisfies z.ZodMiniType<SaveWordInput>;

export const storedCardSchema = z.object({
  due: isoDate,
  // z.number() refuses Infinity and NaN.
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: count,
  lapses: count,
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: z.optional(isoDate),
}) satisfies z.ZodMiniType<StoredCard>;

export const vocabularyEntrySchema = z.extend(saveWordInputSchema, {
  id: id(300),
  savedAt: isoDate,
  known: z.boolean(),
  card: storedCardSchema,
}) satisfies z.ZodMiniType<VocabularyEntry>;

export const backupSchema = z.object({
  format: z.literal('dubao-vocabulary'),
  version: z.literal(1),
  exportedAt: isoDate,
  words: z.array(vocabularyEntrySchema).check(z.maxLength(100_000)),
}) satisfies z.ZodMiniType<VocabularyBackup>;
