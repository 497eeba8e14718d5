/**
 * Own texts in localStorage, validated with zod on the way in: storage is an edge (another tab,
 * an older version or a browser extension may have written anything there).
 */
import { z } from 'zod';
import { MAX_OWN_TITLE } from './paragraphs';
import type { OwnText } from './types';

export const OWN_TEXTS_KEY = 'dubao-own-texts-v1';

const ownTextSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().max(MAX_OWN_TITLE),
  paragraphs: z.array(z.object({ zh: z.string().min(1), en: z.string().optional() })).min(1),
  savedAt: z.number(),
});

export function parseOwnTexts(raw: string | null): OwnText[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  // Keep every entry that is still valid rather than losing all of them to one bad one.
  return value.flatMap((item) => {
    const parsed = ownTextSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function loadOwnTexts(storage: Storage): OwnText[] {
  return parseOwnTexts(storage.getItem(OWN_TEXTS_KEY)).sort((a, b) => b.savedAt - a.savedAt);
}

export type SaveResult = { ok: true } | { ok: false; error: 'quota' };

function write(storage: Storage, texts: OwnText[]): SaveResult {
  try {
    storage.setItem(OWN_TEXTS_KEY, JSON.stringify(texts));
    return { ok: true };
  } catch {
    // QuotaExceededError, or storage disabled (private mode in some browsers).
    return { ok: false, error: 'quota' };
  }
}

export function saveOwnText(storage: Storage, text: OwnText): SaveResult {
  const others = loadOwnTexts(storage).filter((t) => t.id !== text.id);
  return write(storage, [text, ...others]);
}

export function deleteOwnText(storage: Storage, id: string): SaveResult {
  return write(
    storage,
    loadOwnTexts(storage).filter((t) => t.id !== id),
  );
}

export function newOwnTextId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
