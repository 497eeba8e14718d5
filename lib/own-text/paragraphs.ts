/**
 * Pasted text → paragraphs. One paragraph per non-empty line; an English translation, when given,
 * must have as many paragraphs, line by line, so each one sits beside its Chinese.
 */
import type { SplitResult } from './types';

/**
 * The most Chinese a learner can paste, in characters (code points): the same as the most
 * POST /api/annotate takes in one request, so the limit a learner meets is the service's own.
 */
export const MAX_OWN_TEXT = 20_000;
export const MAX_OWN_TITLE = 100;

const HAN = /\p{Script=Han}/u;

function lines(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Characters as a reader counts them (code points), for the limit and the counter. */
export function characterCount(text: string): number {
  return Array.from(text.replace(/\s+/g, '')).length;
}

export function splitParagraphs(zhText: string, enText: string): SplitResult {
  const zh = lines(zhText);
  if (zh.length === 0) return { ok: false, error: 'empty' };
  if (!zh.some((p) => HAN.test(p))) return { ok: false, error: 'no-chinese' };
  const length = characterCount(zh.join(''));
  if (length > MAX_OWN_TEXT) return { ok: false, error: 'too-long', length, limit: MAX_OWN_TEXT };
  const en = lines(enText);
  if (en.length > 0 && en.length !== zh.length) return { ok: false, error: 'mismatch', zh: zh.length, en: en.length };
  return { ok: true, paragraphs: zh.map((p, i) => (en[i] ? { zh: p, en: en[i] } : { zh: p })) };
}

/** A title from the first words of the text when the learner gives none. */
export function defaultTitle(zhText: string): string {
  const first = lines(zhText)[0] ?? '';
  const chars = Array.from(first);
  return chars.length > 16 ? `${chars.slice(0, 16).join('')}…` : first;
}
