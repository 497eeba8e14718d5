/** A learner's own text, kept only in their browser (localStorage) under a title. */
import type { OwnParagraph } from '@/lib/assign/types';

export type OwnText = {
  id: string;
  title: string;
  paragraphs: OwnParagraph[];
  /** ms since the epoch */
  savedAt: number;
};

export type SplitResult =
  | { ok: true; paragraphs: OwnParagraph[] }
  | { ok: false; error: 'empty' }
  | { ok: false; error: 'no-chinese' }
  | { ok: false; error: 'too-long'; length: number; limit: number }
  | { ok: false; error: 'mismatch'; zh: number; en: number };
